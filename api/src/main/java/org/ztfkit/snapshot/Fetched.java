package org.ztfkit.snapshot;

import java.util.List;
import org.ztfkit.store.SqlWork;

/**
 * What one online call brought: the request URL, whether the service knew the thing asked for, the members of the
 * answer (OIDs of a cone, an image id, …) and the work that writes the answer's rows into the store.
 *
 * <pre>{@code
 * Fetched f = Fetched.found(url, List.of("dr24/633207400004730"), c -> DrTables.write(c, dr, records));
 * Fetched none = Fetched.notFound(url);   // e.g. the SNAD DR API's {} for an unknown OID
 * }</pre>
 *
 * @param url     the request that answered
 * @param found   false when the service said "no such object" (an answer worth keeping)
 * @param members what the answer consists of, in the service's order
 * @param write   writes the answer's rows; runs inside the snapshot's transaction
 */
public record Fetched(String url, boolean found, List<String> members, SqlWork<?> write) {
    public Fetched {
        members = List.copyOf(members);
    }

    /** An answer with content. */
    public static Fetched found(String url, List<String> members, SqlWork<?> write) {
        return new Fetched(url, true, members, write);
    }

    /** The service answered that there is no such object. */
    public static Fetched notFound(String url) {
        return new Fetched(url, false, List.of(), c -> null);
    }

    @Override
    public String toString() {
        return "Fetched[" + (found ? members.size() + " members" : "not found") + " from " + url + "]";
    }
}
