package org.ztfkit.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on a JDBC connection, for {@link EmbeddedStore#withConnection} and {@link Transactions#run}. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
