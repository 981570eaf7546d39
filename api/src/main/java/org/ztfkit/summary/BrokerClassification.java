package org.ztfkit.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ztfkit.errors.InvalidInputException;

/**
 * One row of a broker's classification of an alert object (the {@code alert_classification} table,
 * external-services.md §19.2): an ALeRCE classifier's probability of one class, or one of Fink's module scores of an
 * alert. {@link #topClasses} turns an object's rows into the summary's classes as the SNAD Viewer does.
 *
 * <pre>{@code
 * var rows = List.of(
 *         BrokerClassification.alerce("ZTF18abqkqdm", "lc_classifier", "hierarchical_rf_1.1.0", "SNIa", 0.71, 1),
 *         BrokerClassification.fink("ZTF18abqkqdm", "d:snn_sn_vs_all", 0.93, 2458375.68));
 * BrokerClassification.topClasses(rows);  // [71% SNIa (ALeRCE light curve), 93% SN (Fink)]
 * }</pre>
 *
 * @param broker            {@code alerce} or {@code fink}
 * @param brokerOid         the ZTF name of the alert object
 * @param classifier        ALeRCE's {@code classifier_name}; Fink's column, e.g. {@code d:snn_sn_vs_all}
 * @param classifierVersion ALeRCE's {@code classifier_version}, e.g. {@code stamp_classifier_1.0.4}; empty for Fink
 * @param className         ALeRCE's {@code class_name}; for Fink {@code μLens}, {@code KN} or {@code SN}
 * @param probability       in [0, 1]
 * @param ranking           ALeRCE's ranking (1 = the classifier's most probable class); empty for Fink
 * @param jd                Fink: the JD of the alert the score belongs to; empty for ALeRCE
 */
public record BrokerClassification(String broker, String brokerOid, String classifier, String classifierVersion,
                                   String className, double probability, OptionalInt ranking, OptionalDouble jd) {
    /** ALeRCE's classifiers shown in the summary, in the Viewer's order, with their names there. */
    public static final Map<String, String> ALERCE_CLASSIFIERS = orderedMap(
            "stamp_classifier", "ALeRCE stamp", "lc_classifier", "ALeRCE light curve");
    /** Fink's scores shown in the summary, in the Viewer's order, with their class names. */
    public static final Map<String, String> FINK_SCORES = orderedMap(
            "d:mulens", "μLens", "d:rf_kn_vs_nonkn", "KN", "d:snn_sn_vs_all", "SN");
    /** The source name of Fink's classes. */
    public static final String FINK = "Fink";
    private static final Pattern PEP440 = Pattern.compile(
            "v?(\\d+(?:\\.\\d+)*)(?:[-_.]?(a|b|rc|post|dev)[-_.]?(\\d*))?", Pattern.CASE_INSENSITIVE);

    public BrokerClassification {
        if (!(probability >= 0 && probability <= 1)) {
            throw InvalidInputException.of("probability of " + className + " by " + broker + " " + classifier,
                    "in [0, 1]", probability, "");
        }
    }

    /** An ALeRCE row of {@code /objects/{oid}/probabilities}. */
    public static BrokerClassification alerce(String oid, String classifier, String version, String className,
                                              double probability, int ranking) {
        return new BrokerClassification("alerce", oid, classifier, version, className, probability,
                OptionalInt.of(ranking), OptionalDouble.empty());
    }

    /** A Fink score ({@code d:mulens}, …) of the alert at {@code jd}, with the class name the summary shows. */
    public static BrokerClassification fink(String oid, String column, double score, double jd) {
        return new BrokerClassification("fink", oid, column, "", FINK_SCORES.getOrDefault(column, column), score,
                OptionalInt.empty(), OptionalDouble.of(jd));
    }

    /**
     * The Viewer's classes of one alert object's rows (external-services.md §4.2, §4.3, §16.8), whatever their
     * probability (the summary keeps those of at least {@link ObjectSummary#MIN_PROBABILITY}):
     * <ul>
     *   <li>ALeRCE's stamp and light-curve classifiers, in that order: of each, only the rows of the highest
     *       {@code classifier_version} (the text after its last {@code _}, compared as a PEP 440 version; one that is
     *       no version, such as {@code beta}, counts as 0.0.0), and of those the most probable class (ties: the lower
     *       ranking).</li>
     *   <li>Fink's μLens, KN and SN scores, in that order, each of the latest alert.</li>
     * </ul>
     */
    public static List<Classification> topClasses(List<BrokerClassification> rows) {
        List<Classification> out = new ArrayList<>();
        ALERCE_CLASSIFIERS.forEach((classifier, source) -> {
            List<BrokerClassification> of = rows.stream()
                    .filter(r -> r.broker().equals("alerce") && r.classifier().equals(classifier)).toList();
            of.stream().map(r -> version(r.classifierVersion())).max(BrokerClassification::compareVersions)
                    .flatMap(newest -> of.stream().filter(r -> compareVersions(version(r.classifierVersion()), newest) == 0)
                            .max(Comparator.comparingDouble(BrokerClassification::probability)
                                    .thenComparing(r -> -r.ranking().orElse(Integer.MAX_VALUE))))
                    .ifPresent(r -> out.add(new Classification(source, r.className(), r.probability())));
        });
        FINK_SCORES.forEach((column, className) -> rows.stream()
                .filter(r -> r.broker().equals("fink") && r.classifier().equals(column))
                .max(Comparator.comparingDouble(r -> r.jd().orElse(Double.NEGATIVE_INFINITY)))
                .ifPresent(r -> out.add(new Classification(FINK, className, r.probability()))));
        return out;
    }

    /**
     * A classifier version as comparable numbers: the release segments, then the kind of suffix (dev −3, a −2, b −1,
     * rc 0 before a final release 1, post 2) and its number. No version (e.g. {@code beta}): 0.0.0.
     */
    static long[] version(String classifierVersion) {
        String text = classifierVersion.substring(classifierVersion.lastIndexOf('_') + 1).strip();
        Matcher m = PEP440.matcher(text);
        if (!m.matches()) {
            return new long[] {0, 0, 0, 1, 0};
        }
        String[] release = m.group(1).split("\\.");
        long[] v = new long[Math.max(release.length, 3) + 2];
        for (int i = 0; i < release.length; i++) {
            v[i] = Long.parseLong(release[i]);
        }
        String suffix = Optional.ofNullable(m.group(2)).map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        v[v.length - 2] = switch (suffix) {
            case "dev" -> -3;
            case "a" -> -2;
            case "b" -> -1;
            case "rc" -> 0;
            case "post" -> 2;
            default -> 1;
        };
        v[v.length - 1] = m.group(3) == null || m.group(3).isEmpty() ? 0 : Long.parseLong(m.group(3));
        return v;
    }

    /** Compares release segments (missing ones are 0, so 1.1 = 1.1.0), then the suffix. */
    static int compareVersions(long[] a, long[] b) {
        int releaseA = a.length - 2;
        int releaseB = b.length - 2;
        for (int i = 0; i < Math.max(releaseA, releaseB); i++) {
            int c = Long.compare(i < releaseA ? a[i] : 0, i < releaseB ? b[i] : 0);
            if (c != 0) {
                return c;
            }
        }
        int c = Long.compare(a[releaseA], b[releaseB]);
        return c != 0 ? c : Long.compare(a[releaseA + 1], b[releaseB + 1]);
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s %s%s: %s %.3f%s", broker, brokerOid, classifier,
                classifierVersion.isEmpty() ? "" : " (" + classifierVersion + ")", className, probability,
                jd.isPresent() ? String.format(Locale.ROOT, " at JD %.5f", jd.getAsDouble()) : "");
    }
}
