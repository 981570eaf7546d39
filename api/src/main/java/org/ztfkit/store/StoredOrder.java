package org.ztfkit.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Puts the positioned tables in strict {@code hpx29} order. A table written in batches, each sorted, is only nearly
 * sorted: the zone maps of neighbouring row groups overlap, and a cone then reads two or three row groups instead
 * of one (measured on the 10^7-object sky: 3 of 85 for a 1.5″ cone on {@code ztf_object}). Writers that append in
 * batches call this once at the end.
 *
 * <p>Each table is rewritten through a temporary copy. In one transaction a large store needs room for all the
 * copies at once (the 10^7-object sky ran out of disk); outside one, each table's rewrite commits on its own.
 *
 * <pre>{@code
 * store.withConnection(c -> { StoredOrder.sortByHpx29(c); return null; });      // table by table
 * store.inTransaction(c -> { StoredOrder.sortByHpx29(c); return null; });       // all or nothing, small stores
 * }</pre>
 */
public final class StoredOrder {
    /** The tables found by position other than the DR ones ({@link DrTables#sortByHpx29}). */
    static final List<String> EXTERNAL_TABLES = List.of("ztf_ref_source", "alert_object", "alert_photometry",
            "alert_packet", "ps1_object", "ps1_detection", "gaia_source", "gaia_epoch", "catalog_source");

    private StoredOrder() {
    }

    /** Rewrites every positioned table in {@code hpx29} order; rows of one cell keep their order. */
    public static void sortByHpx29(Connection c) throws SQLException {
        DrTables.sortByHpx29(c);
        for (String table : EXTERNAL_TABLES) {
            rewrite(c, table, "hpx29, rowid");
        }
    }

    /** Rewrites {@code table} with its rows in the order {@code orderBy} (an ORDER BY list). */
    static void rewrite(Connection c, String table, String orderBy) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE sorted_rows AS SELECT * FROM " + table + " ORDER BY " + orderBy);
            st.execute("DELETE FROM " + table);
            st.execute("INSERT INTO " + table + " SELECT * FROM sorted_rows");
            st.execute("DROP TABLE sorted_rows");
        }
    }
}
