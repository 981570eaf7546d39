package org.ztfkit.snapshot;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.photometry.Extinction;
import org.ztfkit.remote.DustmapsClient;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.ExtinctionSource;

/**
 * Dust-map answers from the SNAD dustmaps service through a {@link Snapshot}, stored in {@code extinction_value}
 * (an answer outside the map's footprint is stored as NULL and stays "outside" offline).
 *
 * <pre>{@code
 * ExtinctionSource dust = new RecordedExtinction(Snapshot.inMemory(), new DustmapsClient());
 * dust.csfd(SkyPosition.of(247.45543, 24.77282));
 * }</pre>
 */
public final class RecordedExtinction extends RecordedSource<DustmapsClient> implements ExtinctionSource {
    public static final String SERVICE = "snad-dustmaps";
    private static final String CSFD = "csfd";
    private static final String BAYESTAR = "bayestar2019";


    /** @param client the service client; may be null when the snapshot is offline */
    public RecordedExtinction(Snapshot snapshot, DustmapsClient client) {
        super(snapshot, client);
    }

    @Override
    public String description() {
        return describe(client == null ? "" : "SNAD dustmaps " + client.baseUrl());
    }

    @Override
    public Extinction csfd(SkyPosition position) {
        return value(CSFD, position, 0.0).map(ebv -> Extinction.of(ebv, CSFD)).orElseThrow(() ->
                new ServiceUnavailableException(SERVICE, "the CSFD map has no value at " + position));
    }

    @Override
    public Optional<Extinction> bayestar(SkyPosition position, double distancePc) {
        return value(BAYESTAR, position, distancePc).map(ebv -> Extinction.of(ebv, BAYESTAR));
    }

    private Optional<Double> value(String map, SkyPosition p, double distancePc) {
        CallKey key = CallKey.of(SERVICE, map, p.ra(), p.dec(), distancePc).describedAs("E(B-V) of " + map + " at " + p
                + (distancePc > 0 ? " and " + distancePc + " pc" : ""));
        String select = "SELECT map, ra, dec, distance_pc, ebv FROM extinction_value WHERE map = ? AND ra = ? AND dec = ? "
                + "AND distance_pc = ?";
        snapshot.entry(key, m -> List.of(new StoreQuery(select, List.of(map, p.ra(), p.dec(), distancePc))), () -> {
            OptionalDouble ebv = map.equals(CSFD) ? client.csfd(p) : client.bayestar(p, distancePc);
            String url = map.equals(CSFD) ? client.csfdUrl(p) : client.bayestarUrl(p, distancePc);
            return Fetched.found(url, List.of(key.id()), c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO extinction_value VALUES "
                        + "(?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, map);
                    ps.setDouble(2, p.ra());
                    ps.setDouble(3, p.dec());
                    ps.setDouble(4, distancePc);
                    if (ebv.isPresent()) {
                        ps.setFloat(5, (float) ebv.getAsDouble());
                    } else {
                        ps.setNull(5, java.sql.Types.REAL);
                    }
                    ps.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
                    ps.executeUpdate();
                }
                return null;
            });
        });
        return snapshot.store().withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(select)) {
                ps.setString(1, map);
                ps.setDouble(2, p.ra());
                ps.setDouble(3, p.dec());
                ps.setDouble(4, distancePc);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Double>empty();
                    }
                    float v = rs.getFloat(5);
                    return rs.wasNull() ? Optional.<Double>empty() : Optional.of(Double.parseDouble(Float.toString(v)));
                }
            }
        });
    }

}
