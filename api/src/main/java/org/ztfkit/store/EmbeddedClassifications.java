package org.ztfkit.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.ClassificationSource;
import org.ztfkit.summary.BrokerClassification;
import org.ztfkit.summary.Classification;

/**
 * The brokers' classifications in the embedded store ({@code alert_classification}, external-services.md §19.2):
 * the closest alert object's ALeRCE and Fink rows, turned into the summary's classes by
 * {@link BrokerClassification#topClasses}. Made by {@link EmbeddedStore#classifications()}; in the demo sky the rows
 * are simulated from each source's truth.
 *
 * <pre>{@code
 * Ztf.embedded().store().classifications().classifications(obj.position(), 1.0);
 * // [93% SNIa (ALeRCE light curve), 88% SN (ALeRCE stamp), 91% SN (Fink)]
 * }</pre>
 */
public final class EmbeddedClassifications implements ClassificationSource {
    private final EmbeddedStore store;

    EmbeddedClassifications(EmbeddedStore store) {
        this.store = store;
    }

    /** The classes of the closest alert object within the radius; none when there is no alert object there. */
    @Override
    public List<Classification> classifications(SkyPosition center, double radiusArcsec) {
        return store.alerts().closest(center, radiusArcsec)
                .map(o -> BrokerClassification.topClasses(rows(o.name())))
                .orElse(List.of());
    }

    /**
     * Every ALeRCE and Fink row of the alert object named {@code ztfName}; none in a database made before the table
     * existed.
     */
    public List<BrokerClassification> rows(String ztfName) {
        return store.withConnection(c -> {
            List<BrokerClassification> out = new ArrayList<>();
            if (!hasTable(c)) {
                return out;
            }
            PreparedStatement ps = store.prepared(c, "SELECT broker, broker_oid, classifier, classifier_version, "
                    + "class_name, probability, ranking, jd FROM alert_classification WHERE broker_oid = ? "
                    + "AND broker IN ('alerce', 'fink') ORDER BY broker, classifier, classifier_version, class_name, jd");
            ps.setString(1, ztfName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int ranking = rs.getInt(7);
                    OptionalInt r = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(ranking);
                    double jd = rs.getDouble(8);
                    OptionalDouble j = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(jd);
                    out.add(new BrokerClassification(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getDouble(6), r, j));
                }
            }
            return out;
        });
    }

    private static boolean hasTable(java.sql.Connection c) throws java.sql.SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'alert_classification'")) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    @Override
    public String toString() {
        return "EmbeddedClassifications[" + store.description() + "]";
    }
}
