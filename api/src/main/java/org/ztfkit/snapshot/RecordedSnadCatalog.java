package org.ztfkit.snapshot;

import java.util.List;
import org.ztfkit.remote.RemoteService;
import org.ztfkit.remote.SnadCatalogCsv;
import org.ztfkit.source.SnadCatalogEntry;
import org.ztfkit.store.CatalogTables;

/**
 * The SNAD catalog as published ({@code snad_catalog.csv}, external-services.md §8.3), recorded once into a
 * {@link Snapshot}: its rows go into {@code snad_catalog} and the name table, where SNAD names, their TNS names and
 * their alert names are then found online and offline alike.
 *
 * <pre>{@code
 * RecordedSnadCatalog.record(Snapshot.inMemory());   // the catalog is fetched once per snapshot
 * }</pre>
 */
public final class RecordedSnadCatalog {
    /** Service name of the entry. */
    public static final String SERVICE = RemoteService.SNAD_CATALOG.id();

    private RecordedSnadCatalog() {
    }

    /**
     * Makes sure the snapshot holds the catalog: fetched and stored online when it does not yet.
     *
     * @throws org.ztfkit.errors.ServiceUnavailableException when it cannot be fetched, or offline when it was never
     *                                                       recorded ({@link org.ztfkit.errors.NotInSnapshotException})
     */
    public static void record(Snapshot snapshot) {
        String url = RemoteService.SNAD_CATALOG.baseUrl();
        snapshot.entry(CallKey.of(SERVICE, "csv").describedAs("the SNAD catalog"), names -> List.of(new StoreQuery(
                "SELECT name, ra, dec, oid, tns, type FROM snad_catalog ORDER BY name", List.of())), () -> {
                    List<SnadCatalogEntry> entries = SnadCatalogCsv.fetch(url);
                    return Fetched.found(url, entries.stream().map(SnadCatalogEntry::name).toList(), c -> {
                        CatalogTables.writeSnadCatalog(c, entries);
                        return null;
                    });
                });
    }
}
