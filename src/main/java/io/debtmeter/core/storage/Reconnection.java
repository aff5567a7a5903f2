package io.debtmeter.core.storage;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens a new connection to the same database, set up as the first one was: how a server's store
 * carries on after its connection was lost (decision 0032). A file's store has none.
 */
@FunctionalInterface
public interface Reconnection {

    Connection open() throws SQLException;
}
