package org.ztfkit.sky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.ztfkit.Reference;
import org.ztfkit.errors.InvalidInputException;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

class SkyPositionTest {
    @Test
    void galacticCoordinatesAgreeWithAstropyWithin1Mas() {
        Table t = Reference.csv("sky_galactic.csv");
        for (Row r : t) {
            SkyPosition p = SkyPosition.of(r.getDouble("ra"), r.getDouble("dec"));
            GalacticPosition g = p.galactic();
            SkyPosition expected = new GalacticPosition(r.getDouble("l"), r.getDouble("b")).icrs();
            // Compare as positions on the sky (l is undefined at the Galactic poles).
            double lbError = SkyPosition.separationDeg(g.l(), g.b(), r.getDouble("l"), r.getDouble("b")) * 3600;
            assertEquals(0.0, lbError, 0.001, "Galactic of " + p);
            assertEquals(0.0, p.separationArcsec(expected), 0.001, "round trip of " + p);
        }
    }

    @Test
    void separationsAgreeWithAstropy() {
        for (Row r : Reference.csv("sky_separation.csv")) {
            double sep = SkyPosition.separationDeg(r.getDouble("ra1"), r.getDouble("dec1"), r.getDouble("ra2"), r.getDouble("dec2"));
            assertEquals(r.getDouble("sep_deg"), sep, 1e-12 + 1e-10 * r.getDouble("sep_deg"));
        }
    }

    @Test
    void rejectsPositionsOffTheSphere() {
        assertThrows(InvalidInputException.class, () -> SkyPosition.of(360.0, 0));
        assertThrows(InvalidInputException.class, () -> SkyPosition.of(10, -90.5));
        assertThrows(InvalidInputException.class, () -> SkyPosition.of(Double.NaN, 0));
        assertEquals(0.5, SkyPosition.wrapped(360.5, 0).ra(), 1e-12);
        assertEquals(359.5, SkyPosition.wrapped(-0.5, 0).ra(), 1e-12);
    }
}
