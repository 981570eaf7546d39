package org.ztfkit.datasets.sky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ztfkit.model.Band;
import org.ztfkit.model.Oid;
import org.ztfkit.store.EmbeddedStore;
import tech.tablesaw.api.Table;

class SkyGeneratorTest {
    static final SkyGenerator.Config SMALL = new SkyGenerator.Config(42L,
            List.of(new ReleaseSpec("dr8", 59350.0, false), new ReleaseSpec("dr13", 59800.0, true)), 15, 0.03,
            List.of(new SkyGenerator.Patch(150.0, 30.0, 0.03, 60)));
    @TempDir
    static Path dir;
    static EmbeddedStore store;

    @BeforeAll
    static void generate() {
        new SkyGenerator(SMALL).write(dir.resolve("a.duckdb"));
        store = EmbeddedStore.openReadOnly(dir.resolve("a.duckdb"));
    }

    @Test
    void theSameSeedGivesTheSameSky() {
        new SkyGenerator(SMALL).write(dir.resolve("b.duckdb"));
        try (EmbeddedStore b = EmbeddedStore.openReadOnly(dir.resolve("b.duckdb"))) {
            String digest = "SELECT count(*) n, sum(hash(oid, hmjd, mag, magerr, catflags)) h FROM ztf_detection";
            Table x = store.query("a", digest);
            Table y = b.query("b", digest);
            assertEquals(x.longColumn("n").get(0), y.longColumn("n").get(0));
            assertEquals(x.column("h").get(0), y.column("h").get(0));
        }
    }

    @Test
    void everyStoredObjectBelongsToOneSimulatedSourceAndMatchesItsOid() {
        Table t = store.query("t", "SELECT o.oid, o.filter, o.fieldid, o.ccdid, o.qid, o.ra, o.dec, s.ra sra, s.dec sdec, "
                + "count(*) OVER (PARTITION BY o.dr, o.oid) k FROM ztf_object o JOIN sim_source_oid USING (oid) "
                + "JOIN sim_source s USING (source_id) WHERE o.dr = 'dr13'");
        assertTrue(t.rowCount() > 100);
        for (int i = 0; i < t.rowCount(); i++) {
            Oid oid = Oid.of(t.longColumn("oid").get(i));
            assertEquals(1L, t.longColumn("k").get(i), "one source per OID");
            assertEquals(oid.filterCode(), t.stringColumn("filter").get(i));
            assertEquals(oid.fieldId(), t.intColumn("fieldid").get(i));
            assertEquals(oid.ccdId(), t.intColumn("ccdid").get(i));
            double sep = org.ztfkit.sky.SkyPosition.separationDeg(t.doubleColumn("ra").get(i), t.doubleColumn("dec").get(i),
                    t.doubleColumn("sra").get(i), t.doubleColumn("sdec").get(i)) * 3600;
            assertTrue(sep < 0.5, "an OID sits within 0.5″ of its source (astrometric scatter 0.08″): " + sep);
        }
    }

    @Test
    void theEarlierReleaseIsThePrefixOfTheLaterOne() {
        Table t = store.query("t", "SELECT a.oid, a.ngoodobs n8, b.ngoodobs n13, a.duration_d d8, b.duration_d d13 "
                + "FROM ztf_object a JOIN ztf_object b ON a.oid = b.oid AND a.dr = 'dr8' AND b.dr = 'dr13'");
        assertTrue(t.rowCount() > 100);
        for (int i = 0; i < t.rowCount(); i++) {
            assertTrue(t.intColumn("n8").get(i) <= t.intColumn("n13").get(i));
            assertTrue(t.doubleColumn("d8").get(i) <= t.doubleColumn("d13").get(i));
        }
        Table span = store.query("s", "SELECT dr, max_hmjd FROM data_release ORDER BY dr");
        assertTrue(span.doubleColumn("max_hmjd").get(1) <= 59350.0, "dr8 ends at its cut-off");
    }

    @Test
    void goodEpochCountsMatchTheDetectionRows() {
        Table t = store.query("t", "SELECT o.ngoodobs, (SELECT count(*) FROM ztf_detection d WHERE d.oid = o.oid "
                + "AND d.catflags = 0 AND d.magerr > 0 AND d.hmjd <= 59350) n FROM ztf_object o WHERE o.dr = 'dr8'");
        for (int i = 0; i < t.rowCount(); i++) {
            assertEquals((long) t.intColumn("ngoodobs").get(i), t.longColumn("n").get(i));
        }
    }

    @Test
    void periodicSourcesVaryWithTheirTruePeriod() {
        // Phase-fold the truth model itself: a periodic source's model repeats after its stored period.
        Table truth = store.query("t", "SELECT source_id, period_d FROM sim_source WHERE period_d IS NOT NULL");
        assertTrue(truth.rowCount() > 5);
        SourceModel rr = RealObjects.all().get(3).model();
        assertEquals(0.5537, rr.periodDays(), 0);
        for (double t : new double[] {58300.1, 58777.77, 59500.3}) {
            assertEquals(rr.magnitude(t, Band.ZTF_R), rr.magnitude(t + 7 * rr.periodDays(), Band.ZTF_R), 1e-9);
            assertTrue(rr.magnitude(t, Band.ZTF_G) != rr.magnitude(t, Band.ZTF_R), "bands differ in colour");
        }
        // Maximum light at the epoch: the model is brightest at phase 0.
        double atEpoch = rr.magnitude(rr.epochHmjd(), Band.ZTF_R);
        for (int k = 1; k < 100; k++) {
            assertTrue(atEpoch <= rr.magnitude(rr.epochHmjd() + k * rr.periodDays() / 100, Band.ZTF_R) + 1e-9);
        }
    }

    @Test
    void supernovaePeakAtTheirEpochAndAreHostDominatedLongAfter() {
        SourceModel sn = RealObjects.all().get(0).model();
        double peak = sn.magnitude(sn.epochHmjd(), Band.ZTF_R);
        assertTrue(peak < sn.magnitude(sn.epochHmjd() - 10, Band.ZTF_R));
        assertTrue(peak < sn.magnitude(sn.epochHmjd() + 10, Band.ZTF_R));
        assertEquals(sn.baseline(Band.ZTF_R), sn.magnitude(sn.epochHmjd() + 1000, Band.ZTF_R), 0.01);
        assertEquals(20.84, sn.baseline(Band.ZTF_R), 0, "SNAD101's reference magnitude in the SNAD catalog");
    }
}
