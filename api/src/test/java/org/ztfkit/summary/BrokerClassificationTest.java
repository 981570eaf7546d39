package org.ztfkit.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyPosition;

/** The SNAD Viewer's rules for brokers' classes (external-services.md §4.2, §4.3, §16.8) on hand-made rows. */
class BrokerClassificationTest {
    static final String OID = "ZTF20aaaaaaa";

    static BrokerClassification lc(String version, String cls, double p, int ranking) {
        return BrokerClassification.alerce(OID, "lc_classifier", version, cls, p, ranking);
    }

    static BrokerClassification stamp(String version, String cls, double p, int ranking) {
        return BrokerClassification.alerce(OID, "stamp_classifier", version, cls, p, ranking);
    }

    @Test
    void versionsCompareAsNumbersNotAsText() {
        // 1.10.0 > 1.9.0 (text order says otherwise); 1.0 = 1.0.0; rc before final; beta is 0.0.0
        assertTrue(BrokerClassification.compareVersions(BrokerClassification.version("x_1.10.0"),
                BrokerClassification.version("x_1.9.0")) > 0);
        assertEquals(0, BrokerClassification.compareVersions(BrokerClassification.version("x_1.0"),
                BrokerClassification.version("x_1.0.0")));
        assertTrue(BrokerClassification.compareVersions(BrokerClassification.version("x_1.0.0rc1"),
                BrokerClassification.version("x_1.0.0")) < 0);
        assertTrue(BrokerClassification.compareVersions(BrokerClassification.version("x_1.0.0.post1"),
                BrokerClassification.version("x_1.0.0")) > 0);
        assertEquals(0, BrokerClassification.compareVersions(BrokerClassification.version("stamp_classifier_beta"),
                BrokerClassification.version("x_0.0.0")));
        assertTrue(BrokerClassification.compareVersions(BrokerClassification.version("stamp_classifier_beta"),
                BrokerClassification.version("x_0.0.1")) < 0);
    }

    @Test
    void onlyTheHighestVersionOfEachClassifierCounts() {
        List<BrokerClassification> rows = List.of(
                lc("hierarchical_rf_1.9.0", "SNII", 0.9, 1), lc("hierarchical_rf_1.9.0", "SNIa", 0.1, 2),
                lc("hierarchical_rf_1.10.0", "AGN", 0.55, 1), lc("hierarchical_rf_1.10.0", "QSO", 0.45, 2),
                stamp("stamp_classifier_beta", "bogus", 0.95, 1), stamp("stamp_classifier_0.0.1", "VS", 0.6, 1),
                stamp("stamp_classifier_0.0.1", "SN", 0.4, 2));
        assertEquals(List.of(new Classification("ALeRCE stamp", "VS", 0.6),
                new Classification("ALeRCE light curve", "AGN", 0.55)), BrokerClassification.topClasses(rows));
    }

    @Test
    void aTieGoesToTheFirstRankedClassAndOtherClassifiersAreNotShown() {
        List<BrokerClassification> rows = List.of(lc("v_1.0.0", "E", 0.5, 2), lc("v_1.0.0", "RRL", 0.5, 1),
                BrokerClassification.alerce(OID, "lc_classifier_periodic", "v_1.0.0", "RRL", 1.0, 1));
        assertEquals(List.of(new Classification("ALeRCE light curve", "RRL", 0.5)),
                BrokerClassification.topClasses(rows));
    }

    @Test
    void finkScoresAreThoseOfTheLatestAlert() {
        List<BrokerClassification> rows = List.of(
                BrokerClassification.fink(OID, "d:snn_sn_vs_all", 0.2, 2459000.5),
                BrokerClassification.fink(OID, "d:snn_sn_vs_all", 0.8, 2459010.5),
                BrokerClassification.fink(OID, "d:rf_snia_vs_nonia", 0.99, 2459010.5),
                BrokerClassification.fink(OID, "d:mulens", 0.7, 2459000.5));
        // ALeRCE first (none here), then μLens, KN, SN; RF SN Ia is not shown (§4.3)
        assertEquals(List.of(new Classification("Fink", "μLens", 0.7), new Classification("Fink", "SN", 0.8)),
                BrokerClassification.topClasses(rows));
    }

    @Test
    void theSummaryShowsBrokersClassesOfAtLeastOneHalfInTheViewersOrder() {
        List<BrokerClassification> rows = List.of(
                BrokerClassification.fink(OID, "d:snn_sn_vs_all", 0.91, 2459010.5),
                BrokerClassification.fink(OID, "d:rf_kn_vs_nonkn", 0.49, 2459010.5),
                lc("hierarchical_rf_1.1.0", "SNIa", 0.72, 1), lc("hierarchical_rf_1.1.0", "SNII", 0.28, 2),
                stamp("stamp_classifier_1.0.4", "SN", 0.499, 1), stamp("stamp_classifier_1.0.4", "AGN", 0.3, 2));
        ObjectSummary s = ObjectSummary.builder(Oid.of(633207400004730L), DataRelease.of("dr13"),
                SkyPosition.of(247.45543, 24.77282)).classifications(BrokerClassification.topClasses(rows)).build();
        assertEquals("72% SNIa (ALeRCE light curve), 91% SN (Fink)", s.lines().get("ML classifications"));
    }

    @Test
    void aProbabilityOutsideZeroToOneIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> lc("v_1", "SNIa", 1.2, 1));
        assertTrue(e.getMessage().contains("1.2"), e.getMessage());
    }
}
