package org.ztfkit.vo;

import java.util.Objects;

/**
 * What a VOTable says about one column besides its values. Absent metadata is the empty string, never null.
 *
 * <pre>{@code
 * ColumnMeta mag = ColumnMeta.of("mag", "double").withUnit("mag").withUcd("phot.mag;em.opt")
 *         .withDescription("AB magnitude");
 * }</pre>
 *
 * @param name        the column's {@code name} attribute, which is also its Tablesaw column name (made unique by a
 *                    {@code _2}, {@code _3} … suffix when a document repeats a name, since Tablesaw names are
 *                    unique and case-insensitive)
 * @param id          the {@code ID} attribute, which may differ from the name (the Gaia archive writes
 *                    {@code ID="SOURCE_ID" name="source_id"}); empty when absent
 * @param datatype    the VOTable datatype the source declared ({@code long}, {@code unsignedByte}, {@code char} …);
 *                    when writing, the datatype follows the Tablesaw column type instead
 * @param arraysize   for array-valued columns (read into Tablesaw as text, elements separated by single spaces)
 *                    the VOTable arraysize such as {@code *} or {@code 2x3}; empty for scalars and strings
 * @param unit        the unit string, e.g. {@code deg}, {@code mas.yr**-1}
 * @param ucd         the UCD, e.g. {@code pos.eq.ra;meta.main}
 * @param utype       the utype
 * @param xtype       the extended type, e.g. {@code timestamp}
 * @param description the DESCRIPTION text
 */
public record ColumnMeta(String name, String id, String datatype, String arraysize, String unit, String ucd,
                         String utype, String xtype, String description) {

    public ColumnMeta {
        Objects.requireNonNull(name, "name");
        id = orEmpty(id);
        datatype = orEmpty(datatype);
        arraysize = orEmpty(arraysize);
        unit = orEmpty(unit);
        ucd = orEmpty(ucd);
        utype = orEmpty(utype);
        xtype = orEmpty(xtype);
        description = orEmpty(description);
    }

    /** A column with a name and a VOTable datatype and no other metadata. */
    public static ColumnMeta of(String name, String datatype) {
        return new ColumnMeta(name, "", datatype, "", "", "", "", "", "");
    }

    /** True when the column held arrays, now shown as space-separated text. */
    public boolean isArray() {
        return !arraysize.isEmpty();
    }

    /** A copy with another name. */
    public ColumnMeta withName(String newName) {
        return new ColumnMeta(newName, id, datatype, arraysize, unit, ucd, utype, xtype, description);
    }

    /** A copy with another ID attribute. */
    public ColumnMeta withId(String newId) {
        return new ColumnMeta(name, newId, datatype, arraysize, unit, ucd, utype, xtype, description);
    }

    /** A copy with another unit. */
    public ColumnMeta withUnit(String newUnit) {
        return new ColumnMeta(name, id, datatype, arraysize, newUnit, ucd, utype, xtype, description);
    }

    /** A copy with another UCD. */
    public ColumnMeta withUcd(String newUcd) {
        return new ColumnMeta(name, id, datatype, arraysize, unit, newUcd, utype, xtype, description);
    }

    /** A copy with another utype. */
    public ColumnMeta withUtype(String newUtype) {
        return new ColumnMeta(name, id, datatype, arraysize, unit, ucd, newUtype, xtype, description);
    }

    /** A copy with another xtype. */
    public ColumnMeta withXtype(String newXtype) {
        return new ColumnMeta(name, id, datatype, arraysize, unit, ucd, utype, newXtype, description);
    }

    /** A copy with another description. */
    public ColumnMeta withDescription(String newDescription) {
        return new ColumnMeta(name, id, datatype, arraysize, unit, ucd, utype, xtype, newDescription);
    }

    ColumnMeta withDatatype(String newDatatype, String newArraysize) {
        return new ColumnMeta(name, id, newDatatype, newArraysize, unit, ucd, utype, xtype, description);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(name).append(" (").append(datatype);
        if (!arraysize.isEmpty()) {
            s.append('[').append(arraysize).append(']');
        }
        if (!unit.isEmpty()) {
            s.append(", ").append(unit);
        }
        if (!ucd.isEmpty()) {
            s.append(", ").append(ucd);
        }
        if (!id.isEmpty() && !id.equals(name)) {
            s.append(", ID=").append(id);
        }
        return s.append(')').toString();
    }

    /** Absent metadata as the empty string; surrounding whitespace removed. */
    static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
