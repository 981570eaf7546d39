package org.ztfkit.store;

import java.sql.Connection;
import java.sql.SQLException;

/** All of a unit of work, or none of it: the one transaction wrapper of the embedded store and the knowledge base. */
public final class Transactions {
    private Transactions() {
    }

    /**
     * Runs {@code work} in one transaction on {@code c}: committed when it returns, rolled back when it throws (a
     * failing rollback is attached to the original exception). The connection's auto-commit mode is restored.
     */
    public static <T> T run(Connection c, SqlWork<T> work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            if (!c.isClosed()) {
                c.setAutoCommit(auto);
            }
        }
    }
}
