package org.ztfkit.remote;

import java.util.List;
import org.ztfkit.source.NameResolver;

/**
 * The chain of name resolvers of the online {@code Ztf}, asked in this order; the first that knows a name answers
 * (external-services.md §8.2, SNAD names and coordinates having been tried before any resolver):
 * <ol>
 *   <li>Sesame (SIMBAD, NED and VizieR in one request);</li>
 *   <li>SIMBAD's TAP service (a second way to SIMBAD, for when Sesame does not answer);</li>
 *   <li>TNS names through the SNAD mirror ({@code AT 2018lwh}, asked as {@code 2018lwh}, 1 s);</li>
 *   <li>the embedded name table (the demo sky's names, or those recorded in a snapshot).</li>
 * </ol>
 * A resolver that cannot answer is passed over and named in the error if no resolver knows the name.
 *
 * <pre>{@code
 * var ztf = Ztf.embedded();
 * ztf = ztf.withNameResolvers(NameResolvers.online(CatalogEndpoints.defaults(), ztf.store()));
 * ztf.cone("M1", 5.0);
 * }</pre>
 */
public final class NameResolvers {
    private NameResolvers() {
    }

    /** Sesame, SIMBAD, TNS, then {@code embedded}. */
    public static List<NameResolver> online(CatalogEndpoints endpoints, NameResolver embedded) {
        return List.of(new SesameResolver(endpoints.sesame()), new SimbadResolver(endpoints.simbadTap()),
                new TnsNameResolver(endpoints.snadTns()), embedded);
    }
}
