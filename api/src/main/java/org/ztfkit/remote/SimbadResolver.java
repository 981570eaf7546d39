package org.ztfkit.remote;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ztfkit.catalog.CatalogRow;
import org.ztfkit.catalog.Catalogs;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.source.NameResolver;
import org.ztfkit.source.ResolvedName;
import org.ztfkit.vo.TapService;
import org.ztfkit.vo.Vo;

/**
 * Names through SIMBAD's TAP service: the identifier looked up in {@code ident} (SIMBAD matches it whatever its
 * spacing, {@code M1} finds {@code M   1}), joined to {@code basic} for the main id and position (degrees).
 *
 * <pre>{@code
 * new SimbadResolver("https://simbad.cds.unistra.fr/simbad/sim-tap").resolve("M1");   // M 1 → 83.6287 +22.0147
 * }</pre>
 */
public final class SimbadResolver implements NameResolver {
    private final TapService tap;

    /** SIMBAD's TAP service at {@code tapUrl}, within the CDS politeness limit. */
    public SimbadResolver(String tapUrl) {
        this(tapUrl, OnlineCatalogs.cdsPolicy());
    }

    SimbadResolver(String tapUrl, ServicePolicy policy) {
        this.tap = Vo.tap(tapUrl).withPolicy(policy);
    }

    @Override
    public String resolverName() {
        return "SIMBAD (TAP)";
    }

    /** The ADQL that looks a name up. */
    static String adql(String name) {
        return "SELECT basic.main_id, basic.ra, basic.dec, basic.otype, ident.id AS matched_id FROM basic "
                + "JOIN ident ON basic.oid = ident.oidref WHERE id = '" + name.strip().replace("'", "''") + "'";
    }

    /**
     * @throws org.ztfkit.errors.ServiceUnavailableException when SIMBAD does not answer (the next resolver is asked)
     */
    @Override
    public Optional<ResolvedName> resolve(String name) {
        List<Map<String, Object>> rows = Records.of(tap.query(adql(name), 1));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        CatalogRow row = Catalogs.SIMBAD.row(rows.get(0));
        return Optional.of(new ResolvedName(row.name(), row.position(), "simbad", Optional.empty(), resolverName()));
    }

    @Override
    public String toString() {
        return "SimbadResolver[" + tap.url() + "]";
    }
}
