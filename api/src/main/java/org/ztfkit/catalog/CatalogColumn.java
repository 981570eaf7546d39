package org.ztfkit.catalog;

import org.ztfkit.errors.InvalidInputException;

/**
 * One column a catalog's cross-match shows, as the SNAD Viewer chooses them (external-services.md §7.2).
 *
 * <pre>{@code
 * new CatalogColumn("Period", "Period", "d");   // a VSX period in days
 * }</pre>
 *
 * @param column the column's name in the catalog's own records ({@link CatalogRow#columns()})
 * @param header the header shown above it
 * @param unit   its unit, as the catalog gives it ({@code d}, {@code mag}, {@code mas}, …); empty when it has none
 */
public record CatalogColumn(String column, String header, String unit) {
    public CatalogColumn {
        if (column == null || column.isBlank()) {
            throw InvalidInputException.of("catalog column", "a column name", column, "");
        }
        header = header == null || header.isBlank() ? column : header;
        unit = unit == null ? "" : unit;
    }

    /** The header with its unit, e.g. {@code Period, d}. */
    public String headerWithUnit() {
        return unit.isEmpty() ? header : header + ", " + unit;
    }

    @Override
    public String toString() {
        return column + (unit.isEmpty() ? "" : " [" + unit + "]");
    }
}
