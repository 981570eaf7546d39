package org.ztfkit.vo;

/**
 * One table-level INFO or PARAM of a VOTable (e.g. {@code QUERY_STATUS = OK}, {@code RELEASE = Gaia DR3}), from
 * the TABLE and the RESOURCEs around it. Values are kept as text; absent metadata is the empty string.
 *
 * <pre>{@code
 * VoParam release = new VoParam("RELEASE", "Gaia DR3", "", "", "");
 * }</pre>
 *
 * @param name        the INFO or PARAM name
 * @param value       its value as written in the document
 * @param unit        unit (PARAM only)
 * @param ucd         UCD (PARAM only)
 * @param description DESCRIPTION text
 */
public record VoParam(String name, String value, String unit, String ucd, String description) {
    public VoParam {
        name = ColumnMeta.orEmpty(name);
        value = ColumnMeta.orEmpty(value);
        unit = ColumnMeta.orEmpty(unit);
        ucd = ColumnMeta.orEmpty(ucd);
        description = ColumnMeta.orEmpty(description);
    }

    @Override
    public String toString() {
        return name + " = " + value + (unit.isEmpty() ? "" : " " + unit);
    }
}
