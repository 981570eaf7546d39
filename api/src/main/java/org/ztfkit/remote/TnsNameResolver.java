package org.ztfkit.remote;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ztfkit.catalog.CatalogRow;
import org.ztfkit.catalog.Catalogs;
import org.ztfkit.net.ServicePolicy;
import org.ztfkit.source.NameResolver;
import org.ztfkit.source.ResolvedName;

/**
 * TNS names through the SNAD mirror (external-services.md §8.2 step 3, §9.1): a name such as {@code AT 2018lwh},
 * {@code SN2022and} or {@code 2018lwh} is asked without its prefix ({@code GET /api/v1/object?name=2018lwh}) with a
 * 1-second timeout and no retry, as the Viewer does; any answer but 200 means "not found" (the mirror answers an
 * unknown name with a server error). Names of another shape are not asked.
 *
 * <pre>{@code
 * new TnsNameResolver("https://tns.snad.space").resolve("AT 2018lwh");
 * }</pre>
 */
public final class TnsNameResolver implements NameResolver {
    private static final Pattern TNS_NAME = Pattern.compile("(?i)^(?:(AT|SN)\\s*)?(\\d{4}[a-z]{1,4})$");
    private final SnadMirrorClient mirror;

    /** The SNAD TNS mirror at {@code mirrorUrl}: 1 s, no retry. */
    public TnsNameResolver(String mirrorUrl) {
        this(mirrorUrl, ServicePolicy.defaults("snad-tns").withReadTimeout(Duration.ofSeconds(1))
                .withConnectTimeout(Duration.ofSeconds(1)).withCallBudget(Duration.ofSeconds(2)).withMaxAttempts(1));
    }

    TnsNameResolver(String mirrorUrl, ServicePolicy policy) {
        this.mirror = new SnadMirrorClient(mirrorUrl, policy);
    }

    @Override
    public String resolverName() {
        return "TNS (SNAD mirror)";
    }

    /**
     * @throws org.ztfkit.errors.ServiceUnavailableException when the mirror does not answer in time (the next
     *                                                       resolver is asked)
     */
    @Override
    public Optional<ResolvedName> resolve(String name) {
        Matcher m = TNS_NAME.matcher(name.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Map<String, Object>> row = mirror.tnsObject(m.group(2).toLowerCase(java.util.Locale.ROOT));
        return row.map(r -> {
            CatalogRow c = Catalogs.TNS.row(r);
            return new ResolvedName(c.name(), c.position(), "tns", Optional.empty(), resolverName());
        });
    }

    @Override
    public String toString() {
        return "TnsNameResolver[" + resolverName() + "]";
    }
}
