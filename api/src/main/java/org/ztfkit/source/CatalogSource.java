package org.ztfkit.source;

import java.util.List;
import org.ztfkit.catalog.Catalog;
import org.ztfkit.catalog.CatalogRow;
import org.ztfkit.sky.SkyPosition;

/**
 * External catalogs by cone (external-services.md §5–§9). The embedded store and the online clients implement it,
 * so a cross-match answers the same way offline and online.
 */
public interface CatalogSource {
    /** What this source is, for messages: e.g. {@code "embedded demo sky (simulated)"}. */
    String description();

    /**
     * The catalog's sources within {@code radiusArcsec} of {@code center}, in any order (callers sort).
     *
     * @throws org.ztfkit.errors.ServiceUnavailableException when the catalog cannot answer: a service that failed,
     *                                                       or embedded data that do not hold this catalog
     */
    List<CatalogRow> cone(Catalog catalog, SkyPosition center, double radiusArcsec);
}
