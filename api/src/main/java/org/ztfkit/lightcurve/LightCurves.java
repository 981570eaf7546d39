package org.ztfkit.lightcurve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.DataRelease;
import org.ztfkit.photometry.ReferenceMagnitude;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Operations on several light curves.
 *
 * <pre>{@code
 * LightCurve all = LightCurves.concat(List.of(dr, alerts, ps1, gaia));   // same as dr.merge(alerts, ps1, gaia)
 * }</pre>
 */
public final class LightCurves {
    private LightCurves() {
    }

    /**
     * Light curves combined into one, as {@link LightCurve#merge}: all rows sorted by time, the union of the
     * columns, the first one's representation and name, the references of all (earlier ones win), the common data
     * release, the recorded sources of all. An empty list gives {@link LightCurve#empty()}.
     *
     * @throws InvalidInputException if two name different data releases, or a column has different types
     */
    public static LightCurve concat(List<LightCurve> curves) {
        if (curves.isEmpty()) {
            return LightCurve.empty();
        }
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        Map<String, ReferenceMagnitude> references = new TreeMap<>();
        DataRelease release = null;
        LightCurveSources sources = LightCurveSources.NONE;
        for (LightCurve lc : curves) {
            sources = sources.and(lc.sources());
            for (Column<?> column : lc.rows().columns()) {
                ColumnType earlier = columns.putIfAbsent(column.name(), column.type());
                if (earlier != null && earlier != column.type()) {
                    throw InvalidInputException.of("column '" + column.name() + "' of the merged light curves",
                            "of one type", earlier.name() + " and " + column.type().name(),
                            "convert one of them before merging");
                }
            }
            lc.references().forEach(references::putIfAbsent);
            DataRelease dr = lc.dataRelease().orElse(null);
            if (release != null && dr != null && !release.equals(dr)) {
                throw InvalidInputException.of("data releases of the merged light curves", "the same", release
                        + " and " + dr, "merge light curves of one data release");
            }
            release = release == null ? dr : release;
        }
        LightCurve first = curves.get(0);
        Table merged = Table.create(first.rows().name());
        columns.forEach((name, type) -> merged.addColumns(type.create(name)));
        for (LightCurve lc : curves) {
            appendRows(merged, lc.rows());
        }
        return LightCurve.of(merged).withMetadata(first.representation(), references, release, sources);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void appendRows(Table target, Table rows) {
        for (Column column : target.columns()) {
            if (rows.containsColumn(column.name())) {
                column.append(rows.column(column.name()));
            } else {
                for (int i = 0; i < rows.rowCount(); i++) {
                    column.appendMissing();
                }
            }
        }
    }
}
