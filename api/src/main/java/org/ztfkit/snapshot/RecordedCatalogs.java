package org.ztfkit.snapshot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.ztfkit.catalog.Catalog;
import org.ztfkit.catalog.CatalogRow;
import org.ztfkit.catalog.Catalogs;
import org.ztfkit.remote.OnlineCatalogs;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.CatalogSource;
import org.ztfkit.source.SolarSystemSource;
import org.ztfkit.store.CatalogTables;

/**
 * Catalog cross-matches and SkyBoT answers through a {@link Snapshot}: each cone's sources are stored in
 * {@code catalog_source} (a SkyBoT answer in {@code skybot_query}/{@code skybot_result}) and read back from there,
 * online and offline alike, so an offline re-run answers identically. A cone that found nothing is stored as such.
 *
 * <pre>{@code
 * RecordedCatalogs online = new RecordedCatalogs(Snapshot.inMemory(), OnlineCatalogs.defaults());
 * RecordedCatalogs offline = new RecordedCatalogs(Snapshot.offline(Path.of("analysis.duckdb")), null);
 * online.cone(Catalogs.VSX, SkyPosition.of(295.26855, 30.65906), 10.0);
 * }</pre>
 */
public final class RecordedCatalogs extends RecordedSource<OnlineCatalogs> implements CatalogSource, SolarSystemSource {
    /** Service name of the catalog entries. */
    public static final String SERVICE = "catalogs";

    /** @param client the online catalogs; may be null when the snapshot is offline */
    public RecordedCatalogs(Snapshot snapshot, OnlineCatalogs client) {
        super(snapshot, client);
    }

    @Override
    public String description() {
        return describe(client == null ? "" : client.description());
    }

    @Override
    public List<CatalogRow> cone(Catalog catalog, SkyPosition center, double radiusArcsec) {
        catalog.checkRadius(radiusArcsec);
        CallKey key = CallKey.of(SERVICE, catalog.id(), center.ra(), center.dec(), radiusArcsec)
                .describedAs(catalog.title() + " within " + radiusArcsec + "″ of " + center);
        Entry e = snapshot.entry(key, sources(catalog), () -> {
            List<CatalogRow> rows = client.cone(catalog, center, radiusArcsec);
            return Fetched.found(client.request(catalog, center, radiusArcsec),
                    rows.stream().map(CatalogRow::sourceId).distinct().toList(), c -> {
                        CatalogTables.register(c, catalog, catalog.origin(), "recorded");
                        CatalogTables.write(c, rows);
                        return null;
                    });
        });
        return new CatalogTables(snapshot.store()).byIds(catalog, e.members());
    }

    @Override
    public List<CatalogRow> solarSystemObjects(SkyPosition center, double epochJdUtc, double radiusArcsec) {
        Catalogs.SKYBOT.checkRadius(radiusArcsec);
        CallKey key = CallKey.of(Catalogs.SKYBOT.id(), "cone", center.ra(), center.dec(), epochJdUtc, radiusArcsec)
                .describedAs("SkyBoT within " + radiusArcsec + "″ of " + center + " at JD " + epochJdUtc);
        String where = " WHERE ra = ? AND dec = ? AND epoch_jd_utc = ? AND location = ? AND query_radius_arcsec = ?";
        List<Object> args = List.of(center.ra(), center.dec(), epochJdUtc, CatalogTables.ZTF_SITE, radiusArcsec);
        snapshot.entry(key, members -> List.of(
                new StoreQuery("SELECT ra, dec, epoch_jd_utc, n_results FROM skybot_query" + where, args),
                new StoreQuery("SELECT name, ra_obj, dec_obj, centerdist_arcsec FROM skybot_result" + where
                        + " ORDER BY name", args)), () -> {
                    List<CatalogRow> rows = client.solarSystemObjects(center, epochJdUtc, radiusArcsec);
                    return Fetched.found(client.solarSystemRequest(center, epochJdUtc, radiusArcsec),
                            rows.stream().map(CatalogRow::sourceId).toList(), c -> {
                                CatalogTables.writeSkybot(c, center, epochJdUtc, radiusArcsec, rows);
                                return null;
                            });
                });
        return new CatalogTables(snapshot.store()).solarSystemObjects(center, epochJdUtc, radiusArcsec);
    }

    /** The stored rows of a catalog entry: its sources, by id. */
    private static Function<List<String>, List<StoreQuery>> sources(Catalog catalog) {
        return members -> {
            if (members.isEmpty()) {
                return List.of();
            }
            List<Object> params = new ArrayList<>();
            params.add(catalog.id());
            members.stream().sorted().forEach(params::add);
            return List.of(new StoreQuery("SELECT " + CatalogTables.SOURCE_COLUMNS + " FROM catalog_source WHERE "
                    + "catalog = ? AND source_id IN (" + String.join(", ", Collections.nCopies(members.size(), "?"))
                    + ") ORDER BY source_id", params));
        };
    }
}
