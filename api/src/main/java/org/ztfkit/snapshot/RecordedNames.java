package org.ztfkit.snapshot;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.NameResolver;
import org.ztfkit.source.ResolvedName;
import org.ztfkit.store.EmbeddedStore;

/**
 * An online name resolver (Sesame, SIMBAD, the TNS mirror) through a {@link Snapshot}: each answer is stored in the
 * name table ({@code name_alias}, under the name as asked) and read back from there, so the snapshot's own name
 * table resolves the same names offline to the same positions. "Unknown" answers are stored too.
 *
 * <pre>{@code
 * Snapshot s = Snapshot.recording(Path.of("analysis.duckdb"));
 * NameResolver sesame = new RecordedNames(s, new SesameResolver("https://cds.unistra.fr/cgi-bin/nph-sesame"));
 * sesame.resolve("Her X-1");   // offline later: Ztf.offline(path).cone("Her X-1", 5.0)
 * }</pre>
 */
public final class RecordedNames extends RecordedSource<NameResolver> implements NameResolver {
    /** Service name of the name entries. */
    public static final String SERVICE = "names";
    private static final String SELECT = "SELECT alias, alias_norm, kind, ra, dec, oid FROM name_alias WHERE alias_norm = ? "
            + "AND kind = ? ORDER BY alias";

    public RecordedNames(Snapshot snapshot, NameResolver resolver) {
        super(snapshot, resolver);
    }

    @Override
    public String resolverName() {
        return client == null ? "names recorded in " + snapshot.name() : client.resolverName();
    }

    /**
     * @throws org.ztfkit.errors.ServiceUnavailableException when the resolver cannot answer (the next is asked)
     */
    @Override
    public Optional<ResolvedName> resolve(String name) {
        String norm = EmbeddedStore.normalizeName(name);
        CallKey key = CallKey.of(SERVICE, resolverName().replaceAll("[^A-Za-z]+", "-"), norm)
                .describedAs("the name '" + name + "' by " + resolverName());
        Entry e = snapshot.entry(key, members -> members.isEmpty() ? List.of()
                : List.of(new StoreQuery(SELECT, List.of(norm, members.get(0)))), () -> {
                    Optional<ResolvedName> found = client.resolve(name);
                    if (found.isEmpty()) {
                        return Fetched.notFound(client.resolverName() + " " + name);
                    }
                    ResolvedName r = found.get();
                    return Fetched.found(client.resolverName() + " " + name, List.of(r.kind()), c -> {
                        try (PreparedStatement ps = c.prepareStatement(
                                "INSERT OR REPLACE INTO name_alias VALUES (?, ?, ?, ?, ?, ?, NULL, NULL)")) {
                            ps.setString(1, r.name());
                            ps.setString(2, norm);
                            ps.setString(3, r.kind());
                            ps.setDouble(4, r.position().ra());
                            ps.setDouble(5, r.position().dec());
                            if (r.oid().isPresent()) {
                                ps.setLong(6, r.oid().get().value());
                            } else {
                                ps.setNull(6, java.sql.Types.BIGINT);
                            }
                            ps.executeUpdate();
                        }
                        return null;
                    });
                });
        if (!e.found()) {
            return Optional.empty();
        }
        return snapshot.store().withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT)) {
                ps.setString(1, norm);
                ps.setString(2, e.members().get(0));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<ResolvedName>empty();
                    }
                    long oid = rs.getLong(6);
                    Optional<Oid> o = rs.wasNull() ? Optional.empty() : Optional.of(Oid.of(oid));
                    return Optional.of(new ResolvedName(rs.getString(1), SkyPosition.of(rs.getDouble(4),
                            rs.getDouble(5)), rs.getString(3), o, resolverName()));
                }
            }
        });
    }
}
