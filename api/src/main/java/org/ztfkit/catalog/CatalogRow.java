package org.ztfkit.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ztfkit.sky.SkyPosition;

/**
 * One source of an external catalog: its identifier, position, the uniform values the summary uses (type, period,
 * redshift, distance, event date) and every original column under its original name and unit. Values a catalog
 * does not give are empty, never blank or NaN.
 *
 * <pre>{@code
 * CatalogRow vsx = Catalogs.VSX.row(Map.of("OID", 12345L, "Name", "V0453 Cyg", "Type", "RRAB",
 *         "Period", 0.5537, "_RAJ2000", 295.26855, "_DEJ2000", 30.65906));
 * vsx.periodDays();   // OptionalDouble[0.5537]
 * vsx.url();          // Optional[https://www.aavso.org/vsx/index.php?view=detail.top&oid=12345]
 * }</pre>
 *
 * @param catalog    the catalog's id ({@link Catalog#id()})
 * @param sourceId   the catalog's identifier of the source (a VSX {@code OID}, a TNS {@code name}, …)
 * @param name       the name to show
 * @param position   ICRS position, degrees (converted from sexagesimal hours where the catalog uses them)
 * @param type       the catalog's type or class of the source
 * @param periodDays period, days
 * @param redshift   redshift
 * @param distancePc distance, parsecs: the catalog's own (Gaia EDR3 {@code rgeo}, SIMBAD), else the luminosity
 *                   distance of the redshift ({@link org.ztfkit.photometry.Cosmology#VIEWER})
 * @param eventMjd   date of the catalog's event (a transient's discovery), MJD UTC
 * @param url        the full record at the catalog's own site
 * @param columns    every original column, in the catalog's order: {@code String}, {@code Long}, {@code Double} or
 *                   {@code Boolean} values; missing values are left out
 */
public record CatalogRow(String catalog, String sourceId, String name, SkyPosition position, Optional<String> type,
                         OptionalDouble periodDays, OptionalDouble redshift, OptionalDouble distancePc,
                         OptionalDouble eventMjd, Optional<String> url, Map<String, Object> columns) {
    public CatalogRow {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** The separation from {@code center}, arcseconds. */
    public double separationArcsec(SkyPosition center) {
        return center.separationArcsec(position);
    }

    /** An original column's value; empty when the catalog left it out. */
    public Optional<Object> column(String name) {
        return Optional.ofNullable(columns.get(name));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(catalog).append(' ').append(name).append(" at ").append(position);
        type.ifPresent(t -> s.append(", type ").append(t));
        periodDays.ifPresent(p -> s.append(", P=").append(CatalogText.format(p)).append(" d"));
        redshift.ifPresent(z -> s.append(", z=").append(CatalogText.format(z)));
        return s.toString();
    }
}
