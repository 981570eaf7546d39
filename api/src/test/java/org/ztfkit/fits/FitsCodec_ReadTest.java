package org.ztfkit.fits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ztfkit.RealData;
import org.ztfkit.errors.InvalidInputException;

/** Real FITS files decode to the pixel values astropy reads (reference/stamps_astropy.json). */
class FitsCodec_ReadTest {
    static final String SCIENCE = "cutouts/ZTF17aadcuwj_2475433850315015009_cutoutScience.fits.gz";

    static Stream<JsonNode> images() {
        return AstropyReference.allImages().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void pixelsMatchAstropy(JsonNode image) {
        Stamp stamp = AstropyReference.read(image);
        assertEquals(image.get("width").asInt(), stamp.width());
        assertEquals(image.get("height").asInt(), stamp.height());
        for (JsonNode s : image.get("samples")) {
            // float32 values (or BZERO-shifted 16-bit integers) are exact in float
            assertEquals(s.get("value").asDouble(), stamp.pixel(s.get("x").asInt(), s.get("y").asInt()), 0.0,
                    "pixel " + s);
        }
        double sum = 0;
        for (float[] row : stamp.pixels()) {
            for (float v : row) {
                sum += v;
            }
        }
        assertEquals(image.get("sum").asDouble(), sum, 1e-9 * Math.abs(image.get("sum").asDouble()));
    }

    @Test
    void alertCutoutHasSixCardsAndNoWcs() {
        Stamp stamp = FitsCodec.read(RealData.file(SCIENCE));
        assertEquals(List.of("SIMPLE", "BITPIX", "NAXIS", "NAXIS1", "NAXIS2", "BUNIT"),
                List.copyOf(stamp.header().asMap().keySet()));
        assertEquals("DN", stamp.header().string("BUNIT").orElseThrow());
        assertEquals(Boolean.TRUE, stamp.header().asMap().get("SIMPLE"));
        assertEquals(-32L, stamp.header().asMap().get("BITPIX"));
        assertTrue(stamp.wcs().isEmpty());
    }

    @Test
    void strictCheckRejectsTheCutoutSimpleCardAndTheRepairedCopyPasses() throws IOException {
        byte[] raw = FitsBlobs.gunzip(Files.readAllBytes(RealData.file(SCIENCE)));
        List<String> bad = FitsCodec.nonStandardCards(raw);
        assertEquals(1, bad.size());
        assertEquals("SIMPLE  =  T", bad.get(0).strip());

        byte[] repaired = FixedFormat.repaired(raw);
        assertEquals(List.of(), FitsCodec.nonStandardCards(repaired));
        assertEquals("SIMPLE  =                    T", new String(repaired, 0, 80, "US-ASCII").strip());
        // only the card changed: the other 2880·k − 80 bytes are identical
        assertArrayEquals(Arrays.copyOfRange(raw, 80, raw.length), Arrays.copyOfRange(repaired, 80, repaired.length));
        assertEquals(raw.length, repaired.length);
    }

    @Test
    void standardFilesNeedNoRepair() throws IOException {
        byte[] cfht = Files.readAllBytes(RealData.file("fits_images/cfht_megaprime_SA110_tan.fits"));
        assertEquals(List.of(), FitsCodec.nonStandardCards(cfht));
        assertTrue(FixedFormat.repaired(cfht) == cfht, "a standard file is parsed as it is, without a copy");
    }

    @Test
    void plainAndGzippedBytesGiveTheSameStamp() throws IOException {
        byte[] gz = Files.readAllBytes(RealData.file(SCIENCE));
        Stamp fromGzip = FitsCodec.read(gz);
        Stamp fromPlain = FitsCodec.read(FitsBlobs.gunzip(gz));
        assertTrue(Arrays.deepEquals(fromGzip.pixels(), fromPlain.pixels()));
    }

    @Test
    void truncatedFileFailsWithAClearMessage() throws IOException {
        byte[] cfht = Files.readAllBytes(RealData.file("fits_images/cfht_megaprime_SA110_tan.fits"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> FitsCodec.read(Arrays.copyOf(cfht, 5000)));
        assertTrue(e.getMessage().contains("not a readable FITS image"), e.getMessage());
    }

    @Test
    void truncatedGzipFailsWithAClearMessage() throws IOException {
        byte[] gz = Files.readAllBytes(RealData.file(SCIENCE));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> FitsCodec.read(Arrays.copyOf(gz, gz.length / 2)));
        assertTrue(e.getMessage().contains("not complete gzip data"), e.getMessage());
    }

    @Test
    void htmlInsteadOfFitsFails() {
        byte[] html = "<html><body>404 Not Found</body></html>".getBytes();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FitsCodec.read(html));
        assertTrue(e.getMessage().startsWith("FITS bytes must be a FITS file (it starts with the SIMPLE card), got"
                + " '<html><body>404"), e.getMessage());
    }

    @Test
    void dssPlateSolutionImageReadsWithoutWcs() {
        Stamp dss = FitsCodec.read(RealData.file("fits_images/dss_poss_M1_plate_solution.fits"));
        assertEquals(177, dss.width());
        assertEquals(177, dss.height());
        assertTrue(dss.wcs().isEmpty());
        assertEquals(12694.0, dss.header().number("CNPIX1").orElseThrow());
    }
}
