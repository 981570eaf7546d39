package org.ztfkit.snapshot;

import java.util.List;

/**
 * A query over the stored rows of a snapshot entry. An entry's checksum is computed over the rows its queries
 * return, in order, so each query must fix its row order with {@code ORDER BY}.
 *
 * <pre>{@code
 * new StoreQuery("SELECT oid, hmjd, mag FROM ztf_detection WHERE dr = ? ORDER BY oid, hmjd", List.of("dr24"));
 * }</pre>
 *
 * @param sql        the query, with {@code ?} parameters
 * @param parameters the parameter values in order
 */
public record StoreQuery(String sql, List<Object> parameters) {
    public StoreQuery {
        parameters = List.copyOf(parameters);
    }

    /** A query and its parameter values. */
    public static StoreQuery of(String sql, Object... parameters) {
        return new StoreQuery(sql, List.of(parameters));
    }

    @Override
    public String toString() {
        return sql + " " + parameters;
    }
}
