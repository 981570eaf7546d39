package org.ztfkit.remote;

import java.util.List;
import okhttp3.HttpUrl;
import org.ztfkit.catalog.Catalog;
import org.ztfkit.catalog.CatalogRow;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.vo.Vo;
import org.ztfkit.vo.VoTable;

/**
 * VizieR cones as the Viewer asks them through astroquery (external-services.md §7.1), in plain ASU:
 * {@code -source}, {@code -c} (degrees), {@code -c.rs} (arcsec), {@code -out} (the catalog's columns),
 * {@code -out.add=_r} and {@code _RAJ,_DEJ}, {@code -sort=_r}, {@code -out.max=50}. An error document becomes a
 * {@link org.ztfkit.vo.VoServiceException} with VizieR's words.
 */
final class VizierClient {
    static final int MAX_ROWS = 50;
    private final HttpUrl base;
    private final ServicePolicy policy;

    VizierClient(String baseUrl, ServicePolicy policy) {
        this.base = HttpUrl.get(baseUrl);
        this.policy = policy;
    }

    String url(Catalog catalog, SkyPosition center, double radiusArcsec) {
        return base.newBuilder().addQueryParameter("-source", catalog.table())
                .addQueryParameter("-c", Responses.decimal(center.ra()) + " " + (center.dec() >= 0 ? "+" : "")
                        + Responses.decimal(center.dec()))
                .addQueryParameter("-c.rs", Responses.decimal(radiusArcsec))
                .addQueryParameter("-out", String.join(",", catalog.requestedColumns()))
                .addQueryParameter("-out.add", "_r").addQueryParameter("-out.add", "_RAJ,_DEJ")
                .addQueryParameter("-sort", "_r").addQueryParameter("-out.max", Integer.toString(MAX_ROWS))
                .build().toString();
    }

    List<CatalogRow> cone(Catalog catalog, SkyPosition center, double radiusArcsec) {
        List<VoTable> tables = Vo.fetchVotables(url(catalog, center, radiusArcsec), policy);
        if (tables.isEmpty()) {
            return List.of();
        }
        VoTable t = tables.stream().filter(v -> v.name().equals(catalog.table())).findFirst().orElse(tables.get(0));
        return Records.of(t).stream().map(catalog::row).toList();
    }
}
