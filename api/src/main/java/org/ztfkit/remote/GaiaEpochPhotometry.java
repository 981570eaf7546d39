package org.ztfkit.remote;

import java.util.ArrayList;
import java.util.List;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.vo.VoTable;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Reads Gaia epoch-photometry VOTables into {@link GaiaEpoch}s, in either layout the archive serves: one row per
 * transit with the three bands in columns ({@code g_transit_time}, {@code bp_obs_time}, …; Gaia DR3 DataLink
 * {@code EPOCH_PHOTOMETRY}, external-services.md §6.2), or one row per transit and band ({@code band}, {@code time},
 * {@code flux}, …; the Gaia DR2 layout).
 *
 * <pre>{@code
 * List<GaiaEpoch> epochs = GaiaEpochPhotometry.epochs(Vo.readVotable(Path.of("epoch_photometry.xml")), "file");
 * }</pre>
 */
public final class GaiaEpochPhotometry {
    private static final List<String> NARROW = List.of("source_id", "transit_id", "band", "time", "flux", "flux_error",
            "flux_over_error", "mag", "rejected_by_photometry", "rejected_by_variability");
    private static final List<String> WIDE_BANDS = List.of("G", "BP", "RP");

    private GaiaEpochPhotometry() {
    }

    /**
     * Every measurement of the table, in row order (bands of a wide row in G, BP, RP order).
     *
     * @throws InvalidInputException when the table has neither layout
     */
    public static List<GaiaEpoch> epochs(VoTable votable, String origin) {
        Table t = votable.toTable();
        List<String> names = t.columnNames();
        if (names.containsAll(NARROW)) {
            return narrow(t);
        }
        if (names.contains("g_transit_time") && names.contains("source_id")) {
            return wide(t);
        }
        throw InvalidInputException.of("Gaia epoch-photometry table " + origin, "a table with columns " + NARROW
                + " or the DR3 columns g_transit_time, bp_obs_time, …", "columns " + names, "");
    }

    private static List<GaiaEpoch> narrow(Table t) {
        List<GaiaEpoch> out = new ArrayList<>(t.rowCount());
        for (int i = 0; i < t.rowCount(); i++) {
            boolean variability = bool(t, "rejected_by_variability", i);
            out.add(new GaiaEpoch(integer(t, "source_id", i), integer(t, "transit_id", i),
                    t.column("band").getString(i).strip(), number(t, "time", i), number(t, "flux", i),
                    number(t, "flux_error", i), number(t, "flux_over_error", i), number(t, "mag", i),
                    bool(t, "rejected_by_photometry", i), variability, variability));
        }
        return out;
    }

    private static List<GaiaEpoch> wide(Table t) {
        List<GaiaEpoch> out = new ArrayList<>(t.rowCount() * 3);
        for (int i = 0; i < t.rowCount(); i++) {
            long source = integer(t, "source_id", i);
            long transit = integer(t, "transit_id", i);
            boolean photometry = bool(t, "rejected_by_photometry", i);
            boolean variability = bool(t, "rejected_by_variability", i);
            for (String band : WIDE_BANDS) {
                String p = band.equals("G") ? "g_transit_" : band.toLowerCase() + "_";
                String time = band.equals("G") ? "g_transit_time" : band.toLowerCase() + "_obs_time";
                out.add(new GaiaEpoch(source, transit, band, number(t, time, i), number(t, p + "flux", i),
                        number(t, p + "flux_error", i), number(t, p + "flux_over_error", i), number(t, p + "mag", i),
                        photometry, variability, bool(t, "variability_flag_" + band.toLowerCase() + "_reject", i)));
            }
        }
        return out;
    }

    private static double number(Table t, String column, int row) {
        if (!t.columnNames().contains(column)) {
            return Double.NaN;
        }
        Column<?> c = t.column(column);
        return c.isMissing(row) ? Double.NaN : ((Number) c.get(row)).doubleValue();
    }

    private static long integer(Table t, String column, int row) {
        Column<?> c = t.column(column);
        if (c.isMissing(row)) {
            throw new InvalidInputException("Gaia epoch photometry row " + (row + 1) + " has no " + column);
        }
        return ((Number) c.get(row)).longValue();
    }

    private static boolean bool(Table t, String column, int row) {
        if (!t.columnNames().contains(column)) {
            return false;
        }
        Column<?> c = t.column(column);
        if (c.isMissing(row)) {
            return false;
        }
        Object v = c.get(row);
        return v instanceof Boolean b ? b : v instanceof Number n && n.intValue() != 0;
    }
}
