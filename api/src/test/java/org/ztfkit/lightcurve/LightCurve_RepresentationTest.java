package org.ztfkit.lightcurve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ztfkit.lightcurve.Fixtures.NEIGHBOUR;
import static org.ztfkit.lightcurve.Fixtures.TARGET;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.photometry.ReferenceMagnitude;
import tech.tablesaw.api.Table;

/**
 * Apparent/difference × magnitude/flux (external-services.md §16.4). Expected values are worked by hand from seed
 * 001 eqs. 1–7 (the same arithmetic as PhotometryTest: 17.00 ± 0.05 against a reference 18.00 ± 0.03).
 */
class LightCurve_RepresentationTest {
    static final LightCurve LC = Fixtures.rows()
            .dr(TARGET, 58001.0, 17.0, 0.05)          // brighter than its reference
            .dr(NEIGHBOUR, 58002.0, 18.0, 0.05)       // no reference: difference = apparent
            .dr(TARGET, 58003.0, 18.5, 0.05)          // fainter than its reference: Δf < 0, not drawn
            .limit("ZTF18abc", "ztf_alert", "ztf_r", 58004.0, 20.5)
            .build().withReference(TARGET, 18.0, 0.03);

    @Test
    void representationChangesAreExplicitAndCompose() {
        assertEquals(Representation.MAGNITUDE, LC.representation());
        assertEquals(Representation.FLUX, LC.inFlux().representation());
        assertEquals(Representation.DIFFERENCE_MAGNITUDE, LC.difference().representation());
        assertEquals(Representation.DIFFERENCE_FLUX, LC.inFlux().difference().representation());
        assertEquals(Representation.DIFFERENCE_FLUX, LC.difference().inFlux().representation());
        assertEquals(Representation.DIFFERENCE_MAGNITUDE, LC.difference().inFlux().inMagnitudes().representation());
        assertEquals(Representation.FLUX, LC.difference().inFlux().apparent().representation());
        assertEquals(Representation.MAGNITUDE, LC.inFlux().inMagnitudes().representation());
    }

    @Test
    void apparentTablesHaveNoDifferenceColumns() {
        for (LightCurve lc : List.of(LC, LC.inFlux())) {
            assertTrue(lc.table().columnNames().stream().noneMatch(LightCurveColumns.DIFFERENCE::contains));
        }
        for (LightCurve lc : List.of(LC.difference(), LC.difference().inFlux())) {
            List<String> names = lc.table().columnNames();
            assertEquals(LightCurveColumns.DIFFERENCE, names.subList(names.size() - 7, names.size()));
        }
    }

    @Test
    void differenceValuesFollowEquations3To7() {
        Table t = LC.difference().table();
        assertEquals(18.0, t.doubleColumn("ref_mag").getDouble(0), 0.0);
        assertEquals(0.03, t.doubleColumn("ref_magerr").getDouble(0), 0.0);
        assertEquals(3.463531720603794e-4, t.doubleColumn("diffflux").getDouble(0), 1e-16);
        assertEquals(2.7245495714750485e-5, t.doubleColumn("difffluxerr").getDouble(0), 1e-17);
        assertEquals(17.551202076354773, t.doubleColumn("diffmag").getDouble(0), 1e-12);
        assertEquals(0.08895479474677627, t.doubleColumn("diffmagerr_plus").getDouble(0), 1e-12);
        assertEquals(0.0822153736028203, t.doubleColumn("diffmagerr_minus").getDouble(0), 1e-12);
    }

    @Test
    void withoutAReferenceTheDifferenceIsApparent() {
        Table t = LC.difference().table();
        assertEquals(Double.POSITIVE_INFINITY, t.doubleColumn("ref_mag").getDouble(1));
        assertEquals(0.0, t.doubleColumn("ref_magerr").getDouble(1), 0.0);
        assertEquals(t.doubleColumn("flux").getDouble(1), t.doubleColumn("diffflux").getDouble(1), 0.0);
        assertEquals(18.0, t.doubleColumn("diffmag").getDouble(1), 1e-12);
        // both bars of a plain magnitude error 0.05 in flux space: −2.5 lg(1 − 0.921·0.05), 2.5 lg(1 + 0.921·0.05)
        assertEquals(-2.5 * Math.log10(1 - 0.4 * Math.log(10) * 0.05), t.doubleColumn("diffmagerr_plus").getDouble(1),
                1e-12);
        assertEquals(2.5 * Math.log10(1 + 0.4 * Math.log(10) * 0.05), t.doubleColumn("diffmagerr_minus").getDouble(1),
                1e-12);
    }

    @Test
    void aNegativeDifferenceIsInfiniteAndNotDrawn() {
        Table t = LC.difference().table();
        assertTrue(t.doubleColumn("diffflux").getDouble(2) < 0);
        assertEquals(Double.POSITIVE_INFINITY, t.doubleColumn("diffmag").getDouble(2));
        assertEquals(Double.POSITIVE_INFINITY, t.doubleColumn("diffmagerr_plus").getDouble(2));
        assertEquals(Double.POSITIVE_INFINITY, t.doubleColumn("diffmagerr_minus").getDouble(2));
    }

    @Test
    void upperLimitsPassThroughUnsubtracted() {
        Table t = LC.difference().table();
        assertEquals(20.5, t.doubleColumn("diffmag").getDouble(3), 0.0);
        assertEquals(t.doubleColumn("flux").getDouble(3), t.doubleColumn("diffflux").getDouble(3), 0.0);
        assertTrue(t.doubleColumn("diffmagerr_plus").isMissing(3) && t.doubleColumn("difffluxerr").isMissing(3));
    }

    @Test
    void userReferencesReplaceAndAreVisible() {
        LightCurve changed = LC.difference().withReference(Long.parseLong(TARGET), 19.0, 0.0);
        assertEquals(ReferenceMagnitude.of(19.0, 0.0), changed.reference(TARGET));
        assertEquals(ReferenceMagnitude.NONE, changed.reference(NEIGHBOUR));
        double f = Math.pow(10, -0.4 * (17.0 - 8.9)) - Math.pow(10, -0.4 * (19.0 - 8.9));
        assertEquals(8.9 - 2.5 * Math.log10(f), changed.table().doubleColumn("diffmag").getDouble(0), 1e-12);
        assertEquals("LightCurve[3 objects ztf_r:4 HMJD 58001.0–58004.0 (1 upper limit), diff mag, 1 reference]",
                changed.toString());
        assertEquals(18.0, LC.reference(TARGET).mag(), 0.0, "the original value is unchanged");
    }

    @Test
    void referencesForAbsentObjectsAreAUserError() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LC.withReference("633207400009999", 18.0, 0.03));
        assertTrue(e.getMessage().contains("633207400009999") && e.getMessage().contains(TARGET), e.getMessage());
        assertThrows(InvalidInputException.class, () -> LC.withReference(TARGET, Double.NaN, 0.03));
    }

    @Test
    void buildersMaySetReferencesForAnyObject() {
        LightCurve lc = LC.withReferences(java.util.Map.of("633207400009999", ReferenceMagnitude.of(15, 0.1)));
        assertEquals(2, lc.references().size());
        assertEquals(ReferenceMagnitude.of(18.0, 0.03), lc.reference(TARGET));
    }

    @Test
    void representationNamesColumnsAndAxisLabels() {
        assertEquals("diff flux, Jy", Representation.DIFFERENCE_FLUX.axisLabel());
        assertEquals("diffmagerr_minus", Representation.DIFFERENCE_MAGNITUDE.lowerErrorColumn());
        assertEquals("diffmagerr_plus", Representation.DIFFERENCE_MAGNITUDE.upperErrorColumn());
        assertEquals("flux", Representation.FLUX.valueColumn());
        assertTrue(Representation.MAGNITUDE.isMagnitude());
        assertFalse(Representation.DIFFERENCE_FLUX.isMagnitude());
        for (Representation r : Representation.values()) {
            Table t = LC.difference().table();
            assertTrue(t.containsColumn(r.valueColumn()) && t.containsColumn(r.lowerErrorColumn())
                    && t.containsColumn(r.upperErrorColumn()), r.name());
        }
    }
}
