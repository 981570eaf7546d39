package org.ztfkit.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.ZtfObject;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.NameNotResolvedException;
import org.ztfkit.errors.ObjectNotFoundException;
import org.ztfkit.lightcurve.LightCurve;
import org.ztfkit.model.DataRelease;
import org.ztfkit.sky.SkyPosition;
import tech.tablesaw.api.Table;

/** The user-facing calls of the foundation issue, on the packaged demo sky. */
class DemoSkyTest extends DemoSkyFixture {

    @Test
    void theDemoSkyHasTwoReleasesTheLaterExtendingTheEarlier() {
        assertEquals(List.of(DataRelease.of("dr8"), DataRelease.of("dr13")), ztf.releases());
        assertEquals(DataRelease.of("dr13"), ztf.release(), "the latest release is the default");
        ZtfObject dr13 = ztf.object(633207400004730L);
        ZtfObject dr8 = ztf.dr("dr8").object(633207400004730L);
        LightCurve lc13 = dr13.lightCurve();
        LightCurve lc8 = dr8.lightCurve();
        assertTrue(lc13.timeSpan().max() > lc8.timeSpan().max() + 300, "dr13 reaches later than dr8");
        assertEquals(lc8.timeSpan().min(), lc13.timeSpan().min(), 0, "both start at the survey start");
        assertTrue(lc8.size() < lc13.size());
        assertEquals(dr13.meta().ngoodobs(), lc13.size(), "the light curve holds exactly the good epochs");
    }

    @Test
    void objectMetadataFollowsTheOid() {
        var meta = ztf.object(633207400004730L).meta();
        assertEquals(633, meta.fieldId());
        assertEquals("zr", meta.filter());
        assertEquals(27, meta.rcid());
        assertEquals(0.0, meta.position().separationArcsec(SkyPosition.of(247.45543, 24.77282)), 1e-6,
                "SNAD101 sits at its catalogued position");
        assertTrue(meta.nobs() >= meta.ngoodobs());
        assertFalse(meta.toMap().containsKey("ngoodobs_short"), "dr13 has no short metadata: left out, not blank");
    }

    @Test
    void lightCurvesUseTheDocumentedSchema() {
        Table t = ztf.object(686204100122720L).lightCurve().table();
        assertEquals(List.of("oid", "source", "band", "time", "mag", "magerr", "flux", "fluxerr", "is_upper_limit", "clrcoeff"),
                t.columnNames());
        assertTrue(t.stringColumn("band").asList().stream().allMatch("ztf_r"::equals));
        double mag = t.doubleColumn("mag").get(0);
        double expectedFlux = Math.pow(10, -0.4 * (mag - 8.9));
        assertEquals(expectedFlux, t.doubleColumn("flux").get(0), expectedFlux * 1e-12, "seed 001 eq. 1");
        assertTrue(ascending(t.doubleColumn("time").asDoubleArray()));
    }

    @Test
    void coneByCoordinatesReturnsMatchesSortedBySeparation() {
        Table cone = ztf.cone("16:29:49.3 +24:46:22", 5.0);
        assertTrue(cone.rowCount() >= 6, "SNAD101 is seen in three bands in two fields");
        assertTrue(cone.longColumn("oid").contains(633207400004730L));
        assertTrue(ascending(cone.doubleColumn("separation_arcsec").asDoubleArray()));
        assertTrue(cone.doubleColumn("separation_arcsec").max() <= 5.0);
        assertEquals(List.of("oid", "separation_arcsec", "ra", "dec", "band", "filter", "fieldid", "rcid", "ngoodobs",
                "duration_d"), cone.columnNames());
    }

    @Test
    void coneByNameResolvesFromTheEmbeddedNameTable() {
        Table cone = ztf.cone("Her X-1", 10.0);
        assertTrue(cone.rowCount() >= 3);
        assertTrue(cone.doubleColumn("separation_arcsec").min() < 1.0);
        assertTrue(cone.name().contains("Her X-1"), cone.name());
        assertEquals(cone.rowCount(), ztf.cone("HZ Her", 10.0).rowCount(), "an alias finds the same position");
    }

    @Test
    void threeOutcomesOfASearch() {
        var parse = assertThrows(InvalidInputException.class, () -> ztf.cone("16:29:49.3 +91:46:22", 5));
        assertTrue(parse.getMessage().contains("cannot read"), parse.getMessage());
        var unknown = assertThrows(NameNotResolvedException.class, () -> ztf.cone("No Such Star", 5));
        assertTrue(unknown.getMessage().contains("name table of the embedded demo sky"), unknown.getMessage());
        assertEquals(0, ztf.cone("10.0 -20.0", 5).rowCount(), "no match is an empty table");
        var radius = assertThrows(InvalidInputException.class, () -> ztf.cone("Her X-1", 120));
        assertTrue(radius.getMessage().contains("in (0, 60]") && radius.getMessage().contains("120.0"), radius.getMessage());
    }

    @Test
    void snadNamesAndAlertNamesFindTheirObject() {
        assertEquals(633207400004730L, ztf.object("SNAD101").oid().value());
        assertEquals(633207400004730L, ztf.object("101").oid().value(), "the Viewer's OID box accepts the number");
        assertEquals(634208100026872L, ztf.object("SNAD158").oid().value());
        assertEquals(633207400004730L, ztf.object("ZTF18abqkqdm").oid().value());
        assertEquals(783109400002438L, ztf.object("783109400002438").oid().value());
        var e = assertThrows(InvalidInputException.class, () -> ztf.object("Her X-1"));
        assertTrue(e.getMessage().contains("ztf.cone"), e.getMessage());
        assertThrows(ObjectNotFoundException.class, () -> ztf.object("SNAD999"));
    }

    @Test
    void unknownAndMalformedOidsSayWhatIsWrong() {
        var missing = assertThrows(ObjectNotFoundException.class, () -> ztf.object(633207400009999L));
        assertTrue(missing.getMessage().contains("not found in ZTF dr13"), missing.getMessage());
        var malformed = assertThrows(InvalidInputException.class, () -> ztf.object(63320740000473L));
        assertTrue(malformed.getMessage().contains("14 digits"), malformed.getMessage());
        var badRelease = assertThrows(InvalidInputException.class, () -> ztf.dr("dr4"));
        assertTrue(badRelease.getMessage().contains("[dr8, dr13]"), badRelease.getMessage());
    }

    @Test
    void neighboursAreTheOtherOidsOfTheSourceAndNearbySources() {
        ZtfObject obj = ztf.object(633207400004730L);
        Table n = obj.neighbours(1.5);
        assertFalse(n.longColumn("oid").contains(633207400004730L), "an object is not its own neighbour");
        assertTrue(n.stringColumn("relation").contains("other_passband"));
        assertTrue(n.stringColumn("relation").contains("other_field"));
        assertTrue(obj.neighbours(6.0).rowCount() > n.rowCount(), "the close companion appears within 6″");
    }

    static boolean ascending(double[] v) {
        for (int i = 1; i < v.length; i++) {
            if (v[i] < v[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
