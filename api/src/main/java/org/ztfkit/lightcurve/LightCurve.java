package org.ztfkit.lightcurve;

import static org.ztfkit.lightcurve.LightCurveColumns.BAND;
import static org.ztfkit.lightcurve.LightCurveColumns.OID;
import static org.ztfkit.lightcurve.LightCurveColumns.REQUIRED;
import static org.ztfkit.lightcurve.LightCurveColumns.TIME;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.MjdRange;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A light curve: an immutable value backed by a Tablesaw table in the schema of {@link LightCurveColumns}, sorted by
 * time. It never does I/O; the object handle that made it did.
 *
 * <pre>{@code
 * LightCurve lc = ztf.object(633207400004730L).lightCurve();
 * lc.size();            // number of epochs
 * lc.table();           // a fresh, mutable Tablesaw copy
 * System.out.println(lc);   // LightCurve[oid=633207400004730 ztf_r:412 HMJD 58194.2–60310.4]
 * }</pre>
 */
public final class LightCurve {
    private final Table table;

    private LightCurve(Table table) {
        this.table = table;
    }

    /**
     * A light curve from a table in the documented schema. The table is copied and sorted by time (then oid), so
     * later changes to {@code table} do not reach the light curve.
     *
     * @throws InvalidInputException if a required column is missing
     */
    public static LightCurve of(Table table) {
        List<String> missing = new ArrayList<>();
        for (String c : REQUIRED) {
            if (!table.containsColumn(c)) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("light-curve table", "a table with columns " + REQUIRED,
                    "a table without " + missing, "build it with the column names of LightCurveColumns");
        }
        Table copy = table.copy().sortOn(TIME, OID);
        copy.setName(table.name());
        return new LightCurve(copy);
    }

    /** A fresh, mutable copy of the rows. */
    public Table table() {
        Table copy = table.copy();
        copy.setName(table.name());
        return copy;
    }

    /** Number of epochs (rows). */
    public int size() {
        return table.rowCount();
    }

    public boolean isEmpty() {
        return table.isEmpty();
    }

    /** Distinct object ids, in order of first appearance. */
    public List<String> oids() {
        return table.stringColumn(OID).unique().asList().stream().sorted().toList();
    }

    /** Number of epochs per band, in band order. */
    public Map<String, Integer> countsByBand() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        StringColumn bands = table.stringColumn(BAND);
        for (org.ztfkit.model.Band b : org.ztfkit.model.Band.values()) {
            int n = bands.countOccurrences(b.id());
            if (n > 0) {
                counts.put(b.id(), n);
            }
        }
        return counts;
    }

    /** The span of the times; {@link MjdRange#ALL} for an empty light curve. */
    public MjdRange timeSpan() {
        if (isEmpty()) {
            return MjdRange.ALL;
        }
        DoubleColumn t = table.doubleColumn(TIME);
        return MjdRange.of(t.min(), t.max());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("LightCurve[");
        List<String> oids = oids();
        sb.append(oids.size() == 1 ? "oid=" + oids.get(0) : oids.size() + " objects");
        countsByBand().forEach((band, n) -> sb.append(' ').append(band).append(':').append(n));
        if (!isEmpty()) {
            MjdRange span = timeSpan();
            sb.append(String.format(Locale.ROOT, " HMJD %.1f–%.1f", span.min(), span.max()));
        } else {
            sb.append(" empty");
        }
        return sb.append(']').toString();
    }
}
