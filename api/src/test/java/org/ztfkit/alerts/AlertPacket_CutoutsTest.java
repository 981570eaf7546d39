package org.ztfkit.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.RealData;
import org.ztfkit.alerts.io.AlertFiles;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.fits.FitsCodec;
import org.ztfkit.fits.PixelPosition;
import org.ztfkit.fits.Stamp;
import org.ztfkit.fits.StampTriplet;
import org.ztfkit.sky.SkyPosition;

/**
 * Alert cutouts have no WCS: the candidate ra/dec is the centre of pixel (31, 31), counting from 0 (MANIFEST §1–2).
 * ZTF17aadcuwj is a bright star detected as a positive difference, so its flux peaks at that pixel in every stamp.
 */
class AlertPacket_CutoutsTest {
    static final AlertPacket PACKET =
            AlertFiles.read(RealData.file("alerts/kowalski/2475433850315015009.avro")).get(0);

    @Test
    void everyCutoutIsCentredOnTheAlertPosition() {
        SkyPosition alert = PACKET.candidate().position();
        StampTriplet t = PACKET.cutouts();
        for (Stamp s : List.of(t.science(), t.reference(), t.difference())) {
            assertEquals(63, s.width());
            assertEquals(63, s.height());
            assertTrue(s.wcs().isEmpty());
            assertEquals(PixelPosition.of(31, 31), s.anchor().orElseThrow().pixel());
            assertEquals(alert, s.anchor().orElseThrow().position());
            assertEquals(PixelPosition.of(31, 31), s.pixelOf(alert).orElseThrow());
            assertEquals(PixelPosition.of(31, 31), brightestPixel(s), "the star peaks at the alert position");
        }
    }

    @Test
    void withoutWcsOnlyTheAnchorPositionCanBePlaced() {
        Stamp sci = PACKET.cutouts().science();
        SkyPosition alert = PACKET.candidate().position();
        SkyPosition twoArcsecNorth = SkyPosition.of(alert.ra(), alert.dec() + 2.0 / 3600);
        assertTrue(sci.pixelOf(twoArcsecNorth).isEmpty());
        assertTrue(FitsCodec.read(PACKET.rawCutout(CutoutKind.SCIENCE).orElseThrow().gzippedFits())
                .pixelOf(alert).isEmpty(), "an unanchored cutout knows nothing of the sky");
    }

    @Test
    void decodedStampsEqualTheExtractedFiles() {
        Stamp fromPacket = PACKET.cutouts().difference();
        Stamp fromFile = FitsCodec.read(RealData.file(
                "cutouts/ZTF17aadcuwj_2475433850315015009_cutoutDifference.fits.gz"));
        assertTrue(java.util.Arrays.deepEquals(fromFile.pixels(), fromPacket.pixels()));
    }

    @Test
    void aPacketWithoutCutoutsSaysWhereToGetThem() {
        AlertPacket bare = AlertPacket.of(PACKET.objectId(), PACKET.schemaVersion(), PACKET.publisher(),
                PACKET.candidate(), PACKET.previousDetections(), PACKET.upperLimits(), PACKET.forcedPhotometry(),
                List.of());
        InvalidInputException e = assertThrows(InvalidInputException.class, bare::cutouts);
        assertTrue(e.getMessage().contains("cutoutScience"), e.getMessage());
    }

    private static PixelPosition brightestPixel(Stamp s) {
        int bx = 0;
        int by = 0;
        for (int y = 0; y < s.height(); y++) {
            for (int x = 0; x < s.width(); x++) {
                if (s.pixel(x, y) > s.pixel(bx, by)) {
                    bx = x;
                    by = y;
                }
            }
        }
        return PixelPosition.of(bx, by);
    }
}
