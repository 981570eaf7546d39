package org.ztfkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.ztfkit.RealData;
import org.ztfkit.alerts.AlertPacket;
import org.ztfkit.alerts.io.AlertFiles;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.fits.DisplayScale;
import org.ztfkit.fits.FitsCodec;
import org.ztfkit.fits.Stamp;

/** PNGs decode, have the expected size, are not blank and carry the green marker where the object is. */
class StampRendererTest {
    static final AlertPacket PACKET =
            AlertFiles.read(RealData.file("alerts/kowalski/2475433850315015009.avro")).get(0);

    static BufferedImage decode(byte[] png) throws IOException {
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image != null, "the bytes decode as PNG");
        return image;
    }

    static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours.size();
    }

    @Test
    void cutoutRendersWithTitleAndMarkerAtTheAlertPosition() throws IOException {
        Stamp sci = PACKET.cutouts().science();
        BufferedImage image = decode(StampRenderer.png(sci, StampImageOptions.defaults().withTitle("ZTF17aadcuwj")));
        assertEquals(63 * 4, image.getWidth());
        assertEquals(20 + 63 * 4, image.getHeight());
        assertTrue(distinctColours(image) > 50, "grey levels of a real sky image");
        // pixel (31, 31) is drawn at screen (31.5·4, 20 + 31.5·4); the reticle's arms start 2.5 px away from it
        int cx = 126;
        int cy = 20 + 126;
        assertEquals(0x00FF00, image.getRGB(cx + 16, cy) & 0xFFFFFF, "right arm");
        assertEquals(0x00FF00, image.getRGB(cx, cy - 16) & 0xFFFFFF, "upper arm");
        assertTrue((image.getRGB(cx, cy) & 0xFFFFFF) != 0x00FF00, "the object itself stays visible");
        // the title row holds dark text on white
        boolean text = false;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < 20; y++) {
                text |= (image.getRGB(x, y) & 0xFF) < 128;
            }
        }
        assertTrue(text, "title drawn");
    }

    @Test
    void withoutMarkerNoGreenIsDrawn() throws IOException {
        BufferedImage image = decode(StampRenderer.png(PACKET.cutouts().difference(),
                StampImageOptions.defaults().withMarker(false).withScale(DisplayScale.asinh()).withZoom(2)));
        assertEquals(126, image.getWidth());
        assertEquals(126, image.getHeight());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertTrue((image.getRGB(x, y) & 0xFFFFFF) != 0x00FF00);
            }
        }
    }

    @Test
    void tripletIsThreePanelsSideBySide() throws IOException {
        BufferedImage image = decode(StampRenderer.png(PACKET.cutouts(),
                StampImageOptions.defaults().withTitle(PACKET.objectId())));
        assertEquals(3 * 63 * 4 + 2 * 6, image.getWidth());
        assertEquals(2 * 20 + 63 * 4, image.getHeight());
        for (int panel = 0; panel < 3; panel++) {
            int cx = panel * (252 + 6) + 126;
            assertEquals(0x00FF00, image.getRGB(cx + 16, 40 + 126) & 0xFFFFFF, "marker in panel " + panel);
            BufferedImage sub = image.getSubimage(panel * 258, 40, 252, 252);
            assertTrue(distinctColours(sub) > 50, "panel " + panel + " is not blank");
        }
    }

    @Test
    void wcsImageMarksAGivenSkyPosition() throws IOException {
        Stamp cfht = FitsCodec.read(RealData.file("fits_images/cfht_megaprime_SA110_tan.fits"));
        var target = cfht.wcs().orElseThrow().pixelToSky(org.ztfkit.fits.PixelPosition.of(20, 70));
        BufferedImage image = decode(StampRenderer.png(cfht, StampImageOptions.defaults().withZoom(3)
                .withObject(target)));
        // pixel (20, 70) → screen (20.5·3, (100 − 70 + 0.5)·3)
        assertEquals(0x00FF00, image.getRGB(62 + 12, 92) & 0xFFFFFF);
    }

    @Test
    void badZoomIsRejected() {
        assertThrows(InvalidInputException.class, () -> StampImageOptions.defaults().withZoom(0));
    }
}
