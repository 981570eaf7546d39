package org.ztfkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.ObjectMeta;

/** The Viewer's two neighbour radii (external-services.md §16.7). */
class NeighbourOptionsTest {
    private static ObjectMeta object(long oid) {
        return new ObjectMeta(DataRelease.of("dr13"), Oid.of(oid), SkyPosition.of(10, 20), 0, 10, 10, 100, null, null);
    }

    static final ObjectMeta TARGET = object(633207400004730L);              // field 633, zr, ccd 07 q4
    static final ObjectMeta OTHER_PASSBAND = object(633107400004731L);      // field 633, zg
    static final ObjectMeta SAME_FIELD_SAME_PASSBAND = object(633207400004999L);
    static final ObjectMeta OTHER_FIELD = object(1633207400000001L);        // field 1633, zr

    @Test
    void eachRadiusTakesItsKindOfNeighbourOnly() {
        NeighbourOptions passbandOnly = NeighbourOptions.of(1.0, 0);
        assertTrue(passbandOnly.takes(TARGET, OTHER_PASSBAND, 0.8));
        assertFalse(passbandOnly.takes(TARGET, OTHER_PASSBAND, 1.2), "beyond its radius");
        assertFalse(passbandOnly.takes(TARGET, OTHER_FIELD, 0.1), "another field needs the other radius");
        NeighbourOptions fieldOnly = NeighbourOptions.of(0, 2.0);
        assertTrue(fieldOnly.takes(TARGET, OTHER_FIELD, 1.9));
        assertFalse(fieldOnly.takes(TARGET, OTHER_PASSBAND, 0.1));
        NeighbourOptions both = NeighbourOptions.within(60);
        assertFalse(both.takes(TARGET, SAME_FIELD_SAME_PASSBAND, 0.1), "the Viewer never mixes in other sources");
        assertFalse(both.takes(TARGET, TARGET, 0), "the target is not its own neighbour");
        assertEquals(2.0, fieldOnly.coneRadiusArcsec());
        assertEquals(0.0, NeighbourOptions.none().coneRadiusArcsec());
    }

    @Test
    void radiiOutsideTheViewersRangeAreRefused() {
        var e = assertThrows(InvalidInputException.class, () -> NeighbourOptions.of(-1, 1));
        assertTrue(e.getMessage().contains("differentPassbandRadiusArcsec") && e.getMessage().contains("[0, 60]"),
                e.getMessage());
        assertThrows(InvalidInputException.class, () -> NeighbourOptions.within(Double.NaN));
        assertThrows(InvalidInputException.class, () -> NeighbourOptions.of(1, 60.5));
        assertEquals("NeighbourOptions[other passband 1.5″, other field 0″]", NeighbourOptions.of(1.5, 0).toString());
    }
}
