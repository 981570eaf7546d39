package org.ztfkit.snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ztfkit.errors.StoreException;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.Oid;
import org.ztfkit.net.FetchPool;
import org.ztfkit.remote.SnadDrClient;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.ObjectMeta;
import org.ztfkit.source.ZtfDrSource;
import org.ztfkit.store.DrRecord;
import org.ztfkit.store.DrTables;
import tech.tablesaw.api.Table;

/**
 * ZTF DR objects, cones and light curves from the SNAD ZTF DR API, through a {@link Snapshot}: every answer is
 * stored in {@code ztf_object}/{@code ztf_detection} and read back from there, online and offline alike. An object
 * that came with a cone is not fetched again for its light curve.
 *
 * <pre>{@code
 * ZtfDrSource online = new RecordedDrSource(Snapshot.inMemory(), new SnadDrClient());
 * ZtfDrSource offline = new RecordedDrSource(Snapshot.offline(Path.of("analysis.duckdb")), null);
 * }</pre>
 */
public final class RecordedDrSource extends RecordedSource<SnadDrClient> implements ZtfDrSource {
    /** Service name of the entries, whatever the client's base URL. */
    public static final String SERVICE = "snad-ztf-dr";


    /**
     * @param snapshot where answers are stored and read
     * @param client   the API client; may be null when the snapshot is offline
     */
    public RecordedDrSource(Snapshot snapshot, SnadDrClient client) {
        super(snapshot, client);
    }

    @Override
    public String description() {
        return describe(client == null ? "" : "SNAD ZTF DR API " + client.baseUrl());
    }

    @Override
    public List<DataRelease> releases() {
        Entry e = snapshot.entry(releasesKey(), RecordedDrSource::releaseRows, () -> {
                    List<DataRelease> releases = client.releases();
                    return Fetched.found(client.releasesUrl(), releases.stream().map(DataRelease::name).toList(), c -> {
                        for (DataRelease dr : releases) {
                            DrTables.ensureRelease(c, dr, "snad-api", "ZTF " + dr + " through " + client.baseUrl());
                        }
                        return null;
                    });
                });
        return e.members().stream().map(DataRelease::of).sorted().toList();
    }

    /** The latest release the API serves (its {@code latest}). */
    @Override
    public DataRelease defaultRelease() {
        List<DataRelease> all = releases();
        if (all.isEmpty()) {
            throw new StoreException(description() + " lists no data release");
        }
        return all.get(all.size() - 1);
    }

    @Override
    public Optional<ObjectMeta> object(DataRelease dr, Oid oid) {
        if (!isCovered(dr, oid)) {
            Entry e = snapshot.entry(objectsKey(dr, List.of(oid)), rows(dr), () -> fetchObjects(dr, List.of(oid)));
            if (!e.found()) {
                return Optional.empty();
            }
        }
        return snapshot.store().object(dr, oid);
    }

    /**
     * Online, when the releases are not known yet, asks for them and for the object in the API's {@code latest}
     * release at the same time (one round trip instead of two), and records the object under the newest listed
     * release, which {@code latest} names.
     */
    @Override
    public Optional<ObjectMeta> objectInDefaultRelease(Oid oid) {
        if (snapshot.isOffline() || snapshot.hasEntry(releasesKey())) {
            return object(defaultRelease(), oid);
        }
        List<FetchPool.Outcome<Object>> both = FetchPool.all(List.of(this::releases,
                () -> client.objects(SnadDrClient.LATEST, List.of(oid))));
        for (FetchPool.Outcome<Object> o : both) {
            if (!o.isSuccess()) {
                throw o.failure();
            }
        }
        DataRelease dr = defaultRelease();
        @SuppressWarnings("unchecked")
        List<DrRecord> records = (List<DrRecord>) both.get(1).value();
        if (!isCovered(dr, oid)) {
            String url = client.objectsUrl(SnadDrClient.LATEST, List.of(oid));
            Entry e = snapshot.entry(objectsKey(dr, List.of(oid)), rows(dr), () -> records.isEmpty()
                    ? Fetched.notFound(url) : Fetched.found(url, members(dr, records), c -> write(c, dr, records)));
            if (!e.found()) {
                return Optional.empty();
            }
        }
        return snapshot.store().object(dr, oid);
    }

    @Override
    public List<ObjectMeta> cone(DataRelease dr, SkyPosition center, double radiusArcsec) {
        CallKey key = CallKey.of(SERVICE, "circle", dr, center.ra(), center.dec(), radiusArcsec)
                .describedAs("the cone " + center + " r=" + radiusArcsec + "\" in " + dr);
        Entry e = snapshot.entry(key, rows(dr), () -> {
            List<DrRecord> records = client.cone(dr, center, radiusArcsec);
            return Fetched.found(client.coneUrl(dr, center, radiusArcsec), members(dr, records), c -> write(c, dr, records));
        });
        return snapshot.store().objects(dr, e.members().stream().map(RecordedDrSource::oidOf).toList());
    }

    @Override
    public Table detections(DataRelease dr, Collection<ObjectMeta> objects) {
        List<Oid> missing = objects.stream().map(ObjectMeta::oid).distinct().filter(o -> !isCovered(dr, o)).sorted()
                .toList();
        if (!missing.isEmpty()) {
            snapshot.entry(objectsKey(dr, missing), rows(dr), () -> fetchObjects(dr, missing));
        }
        return snapshot.store().detections(dr, objects);
    }

    private static CallKey releasesKey() {
        return CallKey.of(SERVICE, "releases").describedAs("the list of data releases");
    }

    private boolean isCovered(DataRelease dr, Oid oid) {
        return snapshot.covering(SERVICE, member(dr, oid), rows(dr)).isPresent();
    }

    private static CallKey objectsKey(DataRelease dr, List<Oid> oids) {
        String list = oids.stream().map(o -> Long.toString(o.value())).collect(Collectors.joining(","));
        return CallKey.of(SERVICE, "oid", dr, list).describedAs((oids.size() == 1 ? "object " : "objects ") + list
                + " in " + dr);
    }

    private Fetched fetchObjects(DataRelease dr, List<Oid> oids) {
        List<DrRecord> records = client.objects(dr, oids);
        String url = client.objectsUrl(dr, oids);
        return records.isEmpty() ? Fetched.notFound(url)
                : Fetched.found(url, members(dr, records), c -> write(c, dr, records));
    }

    private Long write(java.sql.Connection c, DataRelease dr, List<DrRecord> records) throws java.sql.SQLException {
        DrTables.ensureRelease(c, dr, "snad-api", "ZTF " + dr + " through " + client.baseUrl());
        return DrTables.write(c, dr, records);
    }

    private static List<String> members(DataRelease dr, List<DrRecord> records) {
        return records.stream().map(r -> member(dr, r.oid())).toList();
    }

    private static String member(DataRelease dr, Oid oid) {
        return dr.name() + "/" + oid.value();
    }

    private static Oid oidOf(String member) {
        return Oid.parse(member.substring(member.indexOf('/') + 1));
    }

    /** The stored rows of entries whose members are objects of {@code dr}. */
    private static java.util.function.Function<List<String>, List<StoreQuery>> rows(DataRelease dr) {
        return members -> {
            if (members.isEmpty()) {
                return List.of();
            }
            List<Object> params = new ArrayList<>();
            params.add(dr.name());
            members.stream().map(m -> oidOf(m).value()).sorted().forEach(params::add);
            String in = String.join(", ", Collections.nCopies(members.size(), "?"));
            return List.of(
                    new StoreQuery("SELECT dr, oid, ra, dec, hpx29, nobs, ngoodobs, duration_d, ngoodobs_short, "
                            + "duration_short_d FROM ztf_object WHERE dr = ? AND oid IN (" + in + ") ORDER BY oid", params),
                    new StoreQuery("SELECT oid, hmjd, mag, magerr, clrcoeff, catflags, filefracday FROM ztf_detection "
                            + "WHERE dr = ? AND oid IN (" + in + ") ORDER BY oid, hmjd", params));
        };
    }

    private static List<StoreQuery> releaseRows(List<String> members) {
        if (members.isEmpty()) {
            return List.of();
        }
        return List.of(new StoreQuery("SELECT dr, short_min_hmjd, short_max_hmjd, origin FROM data_release WHERE dr IN ("
                + String.join(", ", Collections.nCopies(members.size(), "?")) + ") ORDER BY dr", List.copyOf(members)));
    }

}
