package org.ztfkit.fits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.RealData;

/** Round trips (the STIL style): stamp → FITS → stamp, and stamp → gzip blob → stamp. */
class FitsCodec_WriteTest {
    @Test
    void realCutoutSurvivesWriteAndRead() {
        Stamp original = FitsCodec.read(RealData.file(FitsCodec_ReadTest.SCIENCE));
        byte[] fits = FitsCodec.write(original);
        assertEquals(0, fits.length % 2880, "FITS files are whole 2880-byte blocks");
        assertEquals(List.of(), FitsCodec.nonStandardCards(fits), "ztfkit writes standard fixed-format cards");
        Stamp back = FitsCodec.read(fits);
        assertTrue(java.util.Arrays.deepEquals(original.pixels(), back.pixels()));
        assertEquals("DN", back.header().string("BUNIT").orElseThrow());
    }

    @Test
    void headerCardsOfEveryTypeAndCommentaryRoundTrip() {
        FitsHeader header = FitsHeader.of(List.of(
                new FitsCard("OBJECT", "ZTF18abqkqdm", "alert name"),
                new FitsCard("MAGZP", 26.275, "zero point"),
                new FitsCard("FIELDID", 633L, ""),
                new FitsCard("FLIPPED", true, ""),
                new FitsCard("HISTORY", "simulated by ztfkit", ""),
                new FitsCard("BITPIX", 16L, "replaced by the writer")));
        float[][] pixels = {{1f, 2f, Float.NaN}, {4f, 5f, 6f}};
        Stamp back = FitsCodec.read(FitsCodec.write(Stamp.of(pixels, header)));
        assertEquals("ZTF18abqkqdm", back.header().string("OBJECT").orElseThrow());
        assertEquals(26.275, back.header().number("MAGZP").orElseThrow(), 0.0);
        assertEquals(633L, back.header().asMap().get("FIELDID"));
        assertEquals(Boolean.TRUE, back.header().asMap().get("FLIPPED"));
        assertEquals(-32L, back.header().asMap().get("BITPIX"));
        assertTrue(back.header().cards().stream()
                .anyMatch(c -> c.keyword().equals("HISTORY") && c.value().equals("simulated by ztfkit")));
        assertEquals(3, back.width());
        assertEquals(2, back.height());
        assertEquals(6f, back.pixel(2, 1));
        assertTrue(Float.isNaN(back.pixel(2, 0)));
    }

    @Test
    void blobIsGzipAndRoundTrips() {
        Stamp original = FitsCodec.read(RealData.file("fits_images/ey_uma_thumbnail_tan_sip.fit.gz"));
        byte[] blob = FitsBlobs.toBlob(original);
        assertTrue(FitsBlobs.isGzip(blob));
        Stamp back = FitsBlobs.fromBlob(blob);
        assertTrue(java.util.Arrays.deepEquals(original.pixels(), back.pixels()));
        // the WCS keywords travel with the header, so the copy maps pixels to the same sky
        PixelPosition p = PixelPosition.of(10, 20);
        assertEquals(0.0, original.wcs().orElseThrow().pixelToSky(p)
                .separationArcsec(back.wcs().orElseThrow().pixelToSky(p)), 1e-9);
    }

    @Test
    void gzipHelpersAreInverse() {
        byte[] data = "SIMPLE  =                    T".repeat(100).getBytes();
        assertTrue(java.util.Arrays.equals(data, FitsBlobs.gunzip(FitsBlobs.gzip(data))));
        assertTrue(FitsBlobs.gzip(data).length < data.length);
    }
}
