package org.ztfkit.fits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ztfkit.RealData;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.sky.SkyPosition;

/**
 * TAN and TAN-SIP pixel ↔ sky against astropy's {@code all_pix2world}/{@code all_world2pix} (origin 0) on the real
 * images of ../shared/realdata/fits_images and on synthetic headers (reference/stamps_astropy.json).
 * Tolerances: 1e-9° (3.6 µas) on the sky; 1e-6 px on the image (astropy itself converges to ~5e-10 px).
 */
class WcsTest {
    static final double SKY_TOL_DEG = 1e-9;
    static final double PIXEL_TOL = 1e-6;

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (JsonNode image : AstropyReference.ROOT.get("images")) {
            all.add(Arguments.of(image.get("file").asText(), AstropyReference.read(image).wcs().orElseThrow(), image));
        }
        AstropyReference.ROOT.get("synthetic").fields().forEachRemaining(e ->
                all.add(Arguments.of(e.getKey(), Wcs.require(header(e.getValue().get("header"))), e.getValue())));
        return all.stream();
    }

    static FitsHeader header(JsonNode cards) {
        List<FitsCard> list = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) cards::fields) {
            Object value = e.getValue().isTextual() ? e.getValue().asText() : (Object) e.getValue().asDouble();
            list.add(new FitsCard(e.getKey(), value, ""));
        }
        return FitsHeader.of(list);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pixelToSkyMatchesAstropy(String name, Wcs wcs, JsonNode expected) {
        for (JsonNode p : expected.get("pix2world")) {
            SkyPosition sky = wcs.pixelToSky(PixelPosition.of(p.get("x").asDouble(), p.get("y").asDouble()));
            assertEquals(p.get("ra").asDouble(), sky.ra(), SKY_TOL_DEG, name + " RA of " + p);
            assertEquals(p.get("dec").asDouble(), sky.dec(), SKY_TOL_DEG, name + " Dec of " + p);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void skyToPixelMatchesAstropy(String name, Wcs wcs, JsonNode expected) {
        for (JsonNode s : expected.get("world2pix")) {
            PixelPosition pixel = wcs.skyToPixel(SkyPosition.of(s.get("ra").asDouble(), s.get("dec").asDouble()));
            assertEquals(s.get("x").asDouble(), pixel.x(), PIXEL_TOL, name + " x of " + s);
            assertEquals(s.get("y").asDouble(), pixel.y(), PIXEL_TOL, name + " y of " + s);
        }
    }

    @Test
    void readsTheProjectionOfEachRealImage() {
        Wcs cfht = FitsCodec.read(RealData.file("fits_images/cfht_megaprime_SA110_tan.fits")).wcs().orElseThrow();
        Wcs sip = FitsCodec.read(RealData.file("fits_images/ey_uma_thumbnail_tan_sip.fit.gz")).wcs().orElseThrow();
        assertEquals("TAN", cfht.projection());
        assertEquals("TAN-SIP", sip.projection());
        assertEquals(2, sip.sipOrder().orElseThrow());
        // CD1_1 = 5.194e-5 deg/px in the header
        assertEquals(5.194e-5 * 3600, cfht.pixelScaleArcsec(), 1e-9);
    }

    @Test
    void sipDistortionMattersFarFromTheReferencePixel() {
        JsonNode ey = AstropyReference.image("fits_images/ey_uma_thumbnail_tan_sip.fit.gz");
        Stamp stamp = AstropyReference.read(ey);
        // the same header without its -SIP suffix: the image centre, ~1900 px from CRPIX, moves by arcseconds
        List<FitsCard> plain = new ArrayList<>();
        for (FitsCard c : stamp.header().cards()) {
            plain.add(c.keyword().startsWith("CTYPE") ? new FitsCard(c.keyword(),
                    ((String) c.value()).replace("-SIP", ""), "") : c);
        }
        Wcs tan = Wcs.require(FitsHeader.of(plain));
        PixelPosition centre = stamp.centrePixel();
        double shift = tan.pixelToSky(centre).separationArcsec(stamp.wcs().orElseThrow().pixelToSky(centre));
        assertTrue(shift > 1.0, "SIP shifts the centre by " + shift + "″");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void roundTripsFarOutsideTheImage(String name, Wcs wcs, JsonNode expected) {
        for (double[] p : new double[][] {{0, 0}, {-300.5, 420.25}, {1000, -50}}) {
            PixelPosition pixel = PixelPosition.of(p[0], p[1]);
            assertEquals(0.0, wcs.skyToPixel(wcs.pixelToSky(pixel)).distance(pixel), 1e-7, name);
        }
    }

    @Test
    void dssPlateSolutionIsDetectedWithAClearMessage() {
        Stamp dss = FitsCodec.read(RealData.file("fits_images/dss_poss_M1_plate_solution.fits"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Wcs.require(dss.header()));
        assertTrue(e.getMessage().contains("Digitized Sky Survey plate solution"), e.getMessage());
        assertTrue(e.getMessage().contains("astropy"), e.getMessage());
    }

    @Test
    void unsupportedProjectionIsRejectedByName() {
        FitsHeader sin = FitsHeader.of(List.of(new FitsCard("CTYPE1", "RA---SIN", ""),
                new FitsCard("CTYPE2", "DEC--SIN", ""), new FitsCard("CRVAL1", 10.0, ""),
                new FitsCard("CRVAL2", 20.0, ""), new FitsCard("CRPIX1", 1.0, ""), new FitsCard("CRPIX2", 1.0, "")));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Wcs.fromHeader(sin));
        assertTrue(e.getMessage().contains("RA---SIN/DEC--SIN"), e.getMessage());
    }

    @Test
    void positionBehindTheTangentPlaneIsRejected() {
        Wcs wcs = Wcs.require(header(AstropyReference.ROOT.get("synthetic").get("crota2").get("header")));
        assertThrows(InvalidInputException.class, () -> wcs.skyToPixel(SkyPosition.of(227.1, -8.08)));
    }
}
