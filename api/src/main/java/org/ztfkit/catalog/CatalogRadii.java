package org.ztfkit.catalog;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The cone radius of each catalog: the Viewer's defaults (external-services.md §16.7) with the radii a user changed.
 * Immutable; {@link #with} returns a changed copy.
 *
 * <pre>{@code
 * CatalogRadii r = CatalogRadii.defaults().with("vsx", 20.0).with("simbad", 10.0);
 * r.radiusArcsec(Catalogs.VSX);     // 20.0
 * r.radiusArcsec(Catalogs.GCVS);    // 10.0, the default
 * }</pre>
 */
public final class CatalogRadii {
    private static final CatalogRadii DEFAULTS = new CatalogRadii(Map.of());
    private final Map<String, Double> radii;

    private CatalogRadii(Map<String, Double> radii) {
        this.radii = Map.copyOf(radii);
    }

    /** Every catalog at its default radius. */
    public static CatalogRadii defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with one catalog's radius changed.
     *
     * @param catalogId    a catalog id of {@link Catalogs#ids()}
     * @param radiusArcsec within the catalog's limit ({@link Catalog#maxRadiusArcsec()})
     */
    public CatalogRadii with(String catalogId, double radiusArcsec) {
        Catalog c = Catalogs.byId(catalogId);
        c.checkRadius(radiusArcsec);
        Map<String, Double> changed = new TreeMap<>(radii);
        changed.put(c.id(), radiusArcsec);
        return new CatalogRadii(changed);
    }

    /** The radius used for {@code catalog}, arcseconds. */
    public double radiusArcsec(Catalog catalog) {
        return radii.getOrDefault(catalog.id(), catalog.defaultRadiusArcsec());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CatalogRadii other && radii.equals(other.radii);
    }

    @Override
    public int hashCode() {
        return radii.hashCode();
    }

    @Override
    public String toString() {
        return radii.isEmpty() ? "CatalogRadii[defaults]" : "CatalogRadii[defaults, " + new TreeMap<>(radii).entrySet()
                .stream().map(e -> e.getKey() + "=" + Catalog.trim(e.getValue()) + "″").collect(Collectors.joining(", "))
                + "]";
    }
}
