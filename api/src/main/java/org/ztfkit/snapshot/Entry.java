package org.ztfkit.snapshot;

import java.time.Instant;
import java.util.List;

/**
 * A stored answer of one remote call (a row of {@code cache_entry}), checked against its checksum.
 *
 * @param key       the call
 * @param url       the request that answered
 * @param found     false when the service said there is no such object
 * @param fetchedAt when it was fetched
 * @param checksum  SHA-256 (hex) of the entry's rows
 * @param rowCount  rows the checksum covers
 * @param members   the members of the answer, in the service's order
 */
public record Entry(String key, String url, boolean found, Instant fetchedAt, String checksum, long rowCount,
                    List<String> members) {
    public Entry {
        members = List.copyOf(members);
    }

    @Override
    public String toString() {
        return "Entry[" + key + ", " + (found ? members.size() + " members, " + rowCount + " rows" : "not found")
                + ", fetched " + fetchedAt + " from " + url + "]";
    }
}
