package org.ztfkit.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.summary.Classification;
import org.ztfkit.summary.ObjectSummary;
import tech.tablesaw.api.Table;

/** The demo sky's simulated broker classifications against its truth table ({@code sim_source}). */
class DemoSkyClassificationsTest extends DemoSkyFixture {
    /** What a broker should call each truth class (ALeRCE's light-curve and stamp classes; issue 4 item 5). */
    static final Map<String, List<String>> EXPECTED = Map.ofEntries(
            Map.entry("sn_ia", List.of("SNIa", "SN")), Map.entry("sn_ii", List.of("SNII", "SN")),
            Map.entry("sn_ibc", List.of("SNIbc", "SN")), Map.entry("agn", List.of("AGN", "AGN")),
            Map.entry("rr_lyrae", List.of("RRL", "VS")), Map.entry("eclipsing_binary", List.of("E", "VS")),
            Map.entry("cepheid", List.of("CEP", "VS")), Map.entry("lpv", List.of("LPV", "VS")),
            Map.entry("cv", List.of("CV/Nova", "VS")), Map.entry("x_ray_binary", List.of("Periodic-Other", "VS")));

    /** Up to {@code perClass} truth sources of each class with an alert object within 1″, by SQL on the truth. */
    static Table sourcesWithAlertObjects(String extraCondition, int perClass) {
        return ztf.store().query("truth", "SELECT class, ra, dec, broker_oid FROM (SELECT s.class, s.ra, s.dec, "
                + "a.broker_oid, row_number() OVER (PARTITION BY s.class ORDER BY s.source_id) AS k FROM sim_source s "
                + "JOIN alert_object a ON a.dec BETWEEN s.dec - 1 / 3600.0 AND s.dec + 1 / 3600.0 "
                + "AND abs(a.ra - s.ra) * cos(radians(s.dec)) < 1 / 3600.0 WHERE " + extraCondition + ") "
                + "WHERE k <= " + perClass + " ORDER BY class, ra");
    }

    static Optional<Classification> from(List<Classification> classes, String source) {
        return classes.stream().filter(c -> c.source().equals(source)).findFirst();
    }

    @Test
    void snad101sSummaryHasAlerceSupernovaClassesOfItsTrueType() {
        String truth = ztf.store().query("t", "SELECT class FROM sim_source WHERE name = 'SNAD101'")
                .stringColumn("class").get(0);
        assertTrue(truth.startsWith("sn_"), truth);
        ObjectSummary s = ztf.object("SNAD101").summary();
        assertEquals(EXPECTED.get(truth).get(0), from(s.classifications(), "ALeRCE light curve").orElseThrow()
                .className(), s.toString());
        assertEquals("SN", from(s.classifications(), "ALeRCE stamp").orElseThrow().className());
        assertTrue(s.lines().get("ML classifications").contains("(ALeRCE light curve)"), s.toString());
    }

    @Test
    void everyTruthClassGetsConsistentTopClasses() {
        Table truth = sourcesWithAlertObjects("true", 3);
        assertEquals(EXPECTED.keySet(), new java.util.HashSet<>(truth.stringColumn("class").asList()),
                "every variable class raises alerts; constants do not");
        for (int i = 0; i < truth.rowCount(); i++) {
            String cls = truth.stringColumn("class").get(i);
            List<Classification> c = ztf.store().classifications().classifications(
                    SkyPosition.of(truth.doubleColumn("ra").get(i), truth.doubleColumn("dec").get(i)), 1.0);
            String what = cls + " " + truth.stringColumn("broker_oid").get(i) + ": " + c;
            assertEquals(EXPECTED.get(cls).get(0), from(c, "ALeRCE light curve").orElseThrow().className(), what);
            assertEquals(EXPECTED.get(cls).get(1), from(c, "ALeRCE stamp").orElseThrow().className(), what);
            assertTrue(from(c, "ALeRCE light curve").orElseThrow().probability() >= ObjectSummary.MIN_PROBABILITY);
            double sn = c.stream().filter(x -> x.source().equals("Fink") && x.className().equals("SN")).findFirst()
                    .orElseThrow().probability();
            assertEquals(cls.startsWith("sn_"), sn >= ObjectSummary.MIN_PROBABILITY, what);
        }
    }

    @Test
    void objectsWithTwoLightCurveClassifierVersionsShowTheNewestVersionsTruthfulClass() {
        String twoVersions = "a.broker_oid IN (SELECT broker_oid FROM alert_classification WHERE broker = 'alerce' "
                + "AND classifier = 'lc_classifier' GROUP BY broker_oid HAVING count(DISTINCT classifier_version) > 1)";
        Table truth = sourcesWithAlertObjects(twoVersions, 2);
        assertTrue(truth.rowCount() >= 10, "objects with two versions in most classes: " + truth.rowCount());
        for (int i = 0; i < truth.rowCount(); i++) {
            String oid = truth.stringColumn("broker_oid").get(i);
            // the older version's top class is not the truth's, so showing it would fail below
            Table old = ztf.store().query("old", "SELECT class_name FROM alert_classification WHERE broker_oid = ? "
                    + "AND classifier = 'lc_classifier' AND classifier_version = 'hierarchical_rf_1.0.1' "
                    + "AND ranking = 1", oid);
            String cls = truth.stringColumn("class").get(i);
            assertFalse(old.stringColumn("class_name").get(0).equals(EXPECTED.get(cls).get(0)), oid);
            List<Classification> c = ztf.store().classifications().classifications(
                    SkyPosition.of(truth.doubleColumn("ra").get(i), truth.doubleColumn("dec").get(i)), 1.0);
            assertEquals(EXPECTED.get(cls).get(0), from(c, "ALeRCE light curve").orElseThrow().className(),
                    cls + " " + oid + ": " + c);
        }
    }

    @Test
    void finkShowsTheLatestAlertsScoreNotTheFirstOnes() {
        // supernovae's first-alert SN score is below 0.5 in the simulation, the latest one's above
        Table truth = sourcesWithAlertObjects("s.class LIKE 'sn_%' AND a.ndet > 1", 5);
        assertTrue(truth.rowCount() > 0);
        for (int i = 0; i < truth.rowCount(); i++) {
            String oid = truth.stringColumn("broker_oid").get(i);
            Table scores = ztf.store().query("sn", "SELECT probability FROM alert_classification WHERE broker_oid = ? "
                    + "AND classifier = 'd:snn_sn_vs_all' ORDER BY jd DESC", oid);
            assertEquals(2, scores.rowCount(), oid);
            List<Classification> c = ztf.store().classifications().classifications(
                    SkyPosition.of(truth.doubleColumn("ra").get(i), truth.doubleColumn("dec").get(i)), 1.0);
            assertEquals(scores.doubleColumn("probability").get(0), c.stream().filter(x -> x.source().equals("Fink")
                    && x.className().equals("SN")).findFirst().orElseThrow().probability(), 0.0, oid);
        }
    }
}
