package org.ztfkit.fits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.fits.DisplayScale.Interval;
import org.ztfkit.fits.DisplayScale.Stretch;

/**
 * zscale limits and normalised display values against astropy's {@code ZScaleInterval()}, {@code MinMaxInterval()},
 * {@code LinearStretch()} and {@code AsinhStretch()} through {@code ImageNormalize(clip=True)} on the three real alert
 * cutouts and the two real WCS images (reference/stamps_astropy.json). Tolerance 1e-5 relative on limits (astropy
 * takes the median of float32 samples in float32) and 1e-5 on normalised values.
 */
class DisplayScaleTest {
    static Stream<JsonNode> images() {
        return AstropyReference.allImages().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void zscaleLimitsMatchAstropy(JsonNode image) {
        DisplayRange r = ZScale.limits(AstropyReference.read(image).pixels());
        JsonNode z = image.get("zscale");
        assertEquals(z.get(0).asDouble(), r.min(), 1e-5 * Math.abs(z.get(0).asDouble()), "vmin");
        assertEquals(z.get(1).asDouble(), r.max(), 1e-5 * Math.abs(z.get(1).asDouble()), "vmax");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void normalisedValuesMatchAstropy(JsonNode image) {
        float[][] pixels = AstropyReference.read(image).pixels();
        check(image, "zscale_linear", DisplayScale.zscale().normalize(pixels));
        check(image, "minmax_asinh", DisplayScale.asinh().normalize(pixels));
        check(image, "zscale_asinh", DisplayScale.zscale().withStretch(Stretch.ASINH).normalize(pixels));
    }

    private static void check(JsonNode image, String key, double[][] normalized) {
        JsonNode samples = image.get("samples");
        for (int i = 0; i < samples.size(); i++) {
            int x = samples.get(i).get("x").asInt();
            int y = samples.get(i).get("y").asInt();
            assertEquals(image.get(key).get(i).asDouble(), normalized[y][x], 1e-5, key + " at " + x + "," + y);
        }
    }

    @Test
    void minmaxIntervalIsTheDataRange() {
        JsonNode diff = AstropyReference.image("cutouts/ZTF17aadcuwj_2475433850315015009_cutoutDifference.fits.gz");
        DisplayRange r = DisplayScale.asinh().limits(AstropyReference.read(diff).pixels());
        assertEquals(diff.get("minmax").get(0).asDouble(), r.min(), 0.0);
        assertEquals(diff.get("minmax").get(1).asDouble(), r.max(), 0.0);
    }

    @Test
    void nanPixelsAreIgnoredAndStayNan() {
        float[][] pixels = {{Float.NaN, 0f, 1f}, {2f, 3f, 4f}};
        double[][] v = DisplayScale.zscale().withInterval(Interval.MINMAX).normalize(pixels);
        assertTrue(Double.isNaN(v[0][0]));
        assertEquals(0.0, v[0][1]);
        assertEquals(0.5, v[1][0]);
        assertEquals(1.0, v[1][2]);
    }

    @Test
    void asinhBrightensFaintPixelsMonotonically() {
        float[][] ramp = {{0f, 1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f, 9f, 10f}};
        double[][] lin = DisplayScale.asinh().withStretch(Stretch.LINEAR).normalize(ramp);
        double[][] asinh = DisplayScale.asinh().normalize(ramp);
        for (int x = 1; x < 10; x++) {
            assertTrue(asinh[0][x] > lin[0][x], "asinh lifts faint values");
            assertTrue(asinh[0][x] > asinh[0][x - 1], "asinh keeps order");
        }
        // y = asinh(x/a)/asinh(1/a) at x = 0.5, a = 0.1: asinh(5)/asinh(10)
        assertEquals(Math.log(5 + Math.sqrt(26)) / Math.log(10 + Math.sqrt(101)), asinh[0][5], 1e-15);
    }

    @Test
    void badSofteningAndBlankImagesAreRejected() {
        assertThrows(InvalidInputException.class, () -> DisplayScale.asinh().withAsinhSoftening(0));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ZScale.limits(new float[][] {{Float.NaN, Float.NaN}}));
        assertTrue(e.getMessage().contains("at least one finite pixel"), e.getMessage());
    }
}
