package org.ztfkit.sky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ztfkit.errors.InvalidInputException;

/** The HEALPix cone cover against brute force: no point inside a cone may fall outside its ranges. */
class SkyIndexTest {
    record Point(double ra, double dec, long hpx) {
    }

    /** Points uniform on the sphere, plus crowds at both poles and across RA = 0/360. */
    static List<Point> sky(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 30000; i++) {
            double ra = 360 * rng.nextDouble();
            double dec = Math.toDegrees(Math.asin(2 * rng.nextDouble() - 1));
            points.add(new Point(ra, dec, SkyIndex.hpx29(ra, dec)));
        }
        for (int i = 0; i < 6000; i++) {
            double ra = 360 * rng.nextDouble();
            double dec = 90 - 0.5 * rng.nextDouble();
            points.add(new Point(ra, dec, SkyIndex.hpx29(ra, dec)));
            points.add(new Point(ra, -dec, SkyIndex.hpx29(ra, -dec)));
            double raWrap = (360 + 0.5 * (rng.nextDouble() - 0.5)) % 360;
            double decWrap = 20 * (rng.nextDouble() - 0.5);
            points.add(new Point(raWrap, decWrap, SkyIndex.hpx29(raWrap, decWrap)));
        }
        return points;
    }

    @ParameterizedTest(name = "center ({0}, {1}) radius {2}°")
    @CsvSource({
        "247.45543, 24.77282, 0.0014",     // 5″
        "247.45543, 24.77282, 0.0167",     // 60″
        "0.0005, 3.0, 0.1",                // across RA = 0/360
        "359.99, -2.0, 0.3",
        "45.0, 89.9, 0.25",                // around the north pole
        "200.0, -89.95, 0.2",              // around the south pole
        "120.0, 10.0, 2.0",                // many cells
        "10.0, 45.0, 15.0",                // much larger than a base-cell quarter
        "300.0, -60.0, 40.0"
    })
    void coneRangesCoverEveryPointInsideTheCone(double ra, double dec, double radius) {
        List<SkyIndex.CellRange> ranges = SkyIndex.coneRanges(ra, dec, radius);
        for (int i = 1; i < ranges.size(); i++) {
            assertTrue(ranges.get(i - 1).to() < ranges.get(i).from(), "ranges are sorted and disjoint");
        }
        int inside = 0;
        int candidates = 0;
        for (Point p : sky(Double.doubleToLongBits(ra + dec + radius))) {
            boolean inRanges = ranges.stream().anyMatch(r -> p.hpx() >= r.from() && p.hpx() < r.to());
            if (inRanges) {
                candidates++;
            }
            if (SkyPosition.separationDeg(ra, dec, p.ra(), p.dec()) <= radius) {
                inside++;
                assertTrue(inRanges, "point " + p + " lies inside the cone but outside every range");
            }
        }
        // The cover is a few cells about the cone's size: it must not degenerate into a scan of the sky.
        double coneArea = 2 * Math.PI * (1 - Math.cos(Math.toRadians(radius)));
        assertTrue(candidates <= 50 + 40 * inside + 36000 * 16 * coneArea / (4 * Math.PI),
                "cover too loose: " + candidates + " candidates for " + inside + " points inside");
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "90.5", "NaN"})
    void radiusIsValidated(double radius) {
        var e = assertThrows(InvalidInputException.class, () -> SkyIndex.coneRanges(10, 10, radius));
        assertTrue(e.getMessage().contains("cone radius must be in (0, 90.0]"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void nearbyPositionsShareHighBitsOfTheIndex() {
        long a = SkyIndex.hpx29(247.45543, 24.77282);
        long b = SkyIndex.hpx29(247.45543 + 0.1 / 3600, 24.77282);
        // Depth 29 cells are 0.4 mas: 0.1″ apart lies within the same depth-16 cell or its neighbour.
        assertTrue(Math.abs((a >> 26) - (b >> 26)) <= 2);
        assertEquals(SkyIndex.hpx29(SkyPosition.of(10, 20)), SkyIndex.hpx29(10, 20));
    }
}
