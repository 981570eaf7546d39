package org.ztfkit.datasets.sky;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.duckdb.DuckDBAppender;
import org.ztfkit.summary.BrokerClassification;

/**
 * Simulated brokers' classifications of the simulated alert objects ({@code alert_classification},
 * external-services.md §4.2, §4.3, §19.2), drawn from each source's truth class with a random stream of its own
 * (seed and source number), so they change nothing else in the sky. They stand in for what ALeRCE and Fink would
 * say; they are no real broker's output.
 *
 * <ul>
 *   <li>ALeRCE {@code lc_classifier} ({@value #LC_VERSION}): the truth's class ({@link #lcClass}) with a probability
 *       in [0.55, 0.95], the rest shared at random among the other 14 classes, ranked. A third of the objects also have
 *       rows of the older {@value #OLD_LC_VERSION} whose top class is a wrong one, so only the newest version may be
 *       shown.</li>
 *   <li>ALeRCE {@code stamp_classifier} ({@value #STAMP_VERSION}): SN for supernovae, AGN for AGN, VS for the other
 *       variables, with a probability in [0.55, 0.95]; the rest among asteroid, bogus and the other two.</li>
 *   <li>Fink, per alert: {@code d:snn_sn_vs_all} in [0.75, 0.99] for supernovae, [0, 0.3] otherwise;
 *       {@code d:rf_kn_vs_nonkn} in [0, 0.1]; {@code d:mulens} in [0, 0.05]; for the latest alert and, for objects
 *       with several detections, for the first one, where a supernova's SN score is still in [0.2, 0.45].</li>
 * </ul>
 * Constant sources raise no alerts, so they have no classification.
 */
final class SimulatedClassifications {
    static final String LC_VERSION = "hierarchical_rf_1.1.0";
    static final String OLD_LC_VERSION = "hierarchical_rf_1.0.1";
    static final String STAMP_VERSION = "stamp_classifier_1.0.4";
    /** ALeRCE's light-curve classifier's classes. */
    static final List<String> LC_CLASSES = List.of("SNIa", "SNIbc", "SNII", "SLSN", "QSO", "AGN", "Blazar", "YSO",
            "CV/Nova", "LPV", "E", "DSCT", "RRL", "CEP", "Periodic-Other");
    /** ALeRCE's stamp classifier's classes. */
    static final List<String> STAMP_CLASSES = List.of("SN", "AGN", "VS", "asteroid", "bogus");
    private static final long SALT = 0x5EED_C1A5_5E5L;

    private final DuckDBAppender rows;
    private final long seed;

    SimulatedClassifications(DuckDBAppender rows, long seed) {
        this.rows = rows;
        this.seed = seed;
    }

    /** ALeRCE's light-curve class of a truth class. */
    static String lcClass(String truth) {
        return switch (truth) {
            case "sn_ia" -> "SNIa";
            case "sn_ii" -> "SNII";
            case "sn_ibc" -> "SNIbc";
            case "agn" -> "AGN";
            case "rr_lyrae" -> "RRL";
            case "eclipsing_binary" -> "E";
            case "cepheid" -> "CEP";
            case "lpv" -> "LPV";
            case "cv" -> "CV/Nova";
            default -> "Periodic-Other";
        };
    }

    /** ALeRCE's stamp class of a truth class. */
    static String stampClass(String truth) {
        return truth.startsWith("sn_") ? "SN" : truth.equals("agn") ? "AGN" : "VS";
    }

    /**
     * Appends the rows of one alert object.
     *
     * @param detectionJds its detections' JDs, in order
     */
    void write(String name, int sourceNumber, String truth, double[] detectionJds) throws SQLException {
        SplittableRandom rng = new SplittableRandom(seed ^ SALT ^ sourceNumber * 0x9E3779B97F4A7C15L);
        String lc = lcClass(truth);
        classifier(name, "lc_classifier", LC_VERSION, LC_CLASSES, lc, rng);
        if (rng.nextDouble() < 1.0 / 3) {
            List<String> wrong = LC_CLASSES.stream().filter(c -> !c.equals(lc)).toList();
            classifier(name, "lc_classifier", OLD_LC_VERSION, LC_CLASSES, wrong.get(rng.nextInt(wrong.size())), rng);
        }
        classifier(name, "stamp_classifier", STAMP_VERSION, STAMP_CLASSES, stampClass(truth), rng);
        boolean supernova = truth.startsWith("sn_");
        double latest = detectionJds[detectionJds.length - 1];
        fink(name, latest, supernova ? uniform(rng, 0.75, 0.99) : uniform(rng, 0, 0.3), rng);
        if (detectionJds.length > 1) {
            fink(name, detectionJds[0], supernova ? uniform(rng, 0.2, 0.45) : uniform(rng, 0, 0.3), rng);
        }
    }

    /** One classifier version's rows: {@code top} with [0.55, 0.95], the rest shared among the other classes. */
    private void classifier(String name, String classifier, String version, List<String> classes, String top,
                            SplittableRandom rng) throws SQLException {
        double pTop = uniform(rng, 0.55, 0.95);
        List<String> others = classes.stream().filter(c -> !c.equals(top)).toList();
        double[] weights = new double[others.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = -Math.log(1 - rng.nextDouble());
            sum += weights[i];
        }
        List<String> names = new ArrayList<>(List.of(top));
        List<Double> p = new ArrayList<>(List.of(Precision.decimals(pTop, 3)));
        for (int i = 0; i < weights.length; i++) {
            names.add(others.get(i));
            p.add(Precision.decimals((1 - pTop) * weights[i] / sum, 3));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> p.get(i)).reversed());
        for (int rank = 0; rank < order.size(); rank++) {
            int i = order.get(rank);
            append(BrokerClassification.alerce(name, classifier, version, names.get(i), p.get(i), rank + 1));
        }
    }

    /** Fink's scores of the alert at {@code jd}: μLens, KN, then SN ({@code sn}). */
    private void fink(String name, double jd, double sn, SplittableRandom rng) throws SQLException {
        append(BrokerClassification.fink(name, "d:mulens", Precision.decimals(uniform(rng, 0, 0.05), 3), jd));
        append(BrokerClassification.fink(name, "d:rf_kn_vs_nonkn", Precision.decimals(uniform(rng, 0, 0.1), 3), jd));
        append(BrokerClassification.fink(name, "d:snn_sn_vs_all", Precision.decimals(sn, 3), jd));
    }

    private void append(BrokerClassification r) throws SQLException {
        rows.beginRow().append(r.broker()).append(r.brokerOid()).append(r.classifier()).append(r.classifierVersion())
                .append(r.className()).append(r.probability());
        if (r.ranking().isPresent()) {
            rows.append(r.ranking().getAsInt());
        } else {
            rows.appendNull();
        }
        if (r.jd().isPresent()) {
            rows.append(r.jd().getAsDouble());
        } else {
            rows.appendNull();
        }
        rows.endRow();
    }

    private static double uniform(SplittableRandom rng, double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }
}
