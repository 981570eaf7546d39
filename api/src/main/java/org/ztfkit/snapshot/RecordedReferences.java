package org.ztfkit.snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ztfkit.model.Oid;
import org.ztfkit.remote.ReferenceSourceRow;
import org.ztfkit.remote.ZtfReferenceClient;
import org.ztfkit.source.ObjectMeta;
import org.ztfkit.source.ReferenceCatalogEntry;
import org.ztfkit.source.ReferenceMagnitudeSource;

/**
 * ZTF reference magnitudes from the SNAD reference service through a {@link Snapshot}: each OID's catalog row and
 * its quadrant's zero point ({@code ztf_ref_source}, {@code ztf_ref_quadrant}), read back with the embedded store's
 * own reference catalog ({@code ref_mag = mag + MAGZP}).
 *
 * <pre>{@code
 * ReferenceMagnitudeSource refs = new RecordedReferences(Snapshot.inMemory(), new ZtfReferenceClient());
 * refs.references(List.of(obj.meta())).get(obj.oid()).refMag();
 * }</pre>
 */
public final class RecordedReferences extends RecordedSource<ZtfReferenceClient> implements ReferenceMagnitudeSource {
    public static final String SERVICE = "snad-ztf-ref";

    /** @param client the reference-service client; may be null when the snapshot is offline */
    public RecordedReferences(Snapshot snapshot, ZtfReferenceClient client) {
        super(snapshot, client);
    }

    @Override
    public String description() {
        return describe(client == null ? "" : "SNAD ZTF reference catalogs " + client.baseUrl());
    }

    @Override
    public Map<Oid, ReferenceCatalogEntry> references(Collection<ObjectMeta> objects) {
        List<ObjectMeta> held = new ArrayList<>();
        for (ObjectMeta o : objects) {
            if (entry(o.oid()).found()) {
                held.add(o);
            }
        }
        return snapshot.store().referenceCatalog().references(held);
    }

    /** The recorded answer for one OID (fetched online when missing). */
    Entry entry(Oid oid) {
        CallKey key = CallKey.of(SERVICE, "object", oid.value()).describedAs("the reference magnitude of " + oid);
        return snapshot.entry(key, m -> m.isEmpty() ? List.of() : List.of(
                StoreQuery.of("SELECT fieldid, filter, ccdid, qid, sourceid, ra, dec, mag, sigmag, flags FROM "
                        + "ztf_ref_source WHERE fieldid = ? AND filter = ? AND ccdid = ? AND qid = ? AND sourceid = ?",
                        oid.fieldId(), oid.filterCode(), oid.ccdId(), oid.qid(), (int) oid.sourceId()),
                StoreQuery.of("SELECT magzp, magzp_rms, infobits FROM ztf_ref_quadrant WHERE fieldid = ? AND filter = ? "
                        + "AND ccdid = ? AND qid = ?", oid.fieldId(), oid.filterCode(), oid.ccdId(), oid.qid())), () -> {
                    Optional<ReferenceSourceRow> row = client.object(oid);
                    String url = client.objectUrl(oid);
                    return row.isEmpty() ? Fetched.notFound(url) : Fetched.found(url, List.of(oid.toString()), c -> {
                        ExternalTables.writeReference(c, row.get(), url);
                        return null;
                    });
                });
    }
}
