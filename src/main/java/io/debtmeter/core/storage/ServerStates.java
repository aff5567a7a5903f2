package io.debtmeter.core.storage;

/**
 * The SQLSTATEs of a database server (PostgreSQL's, decision 0031) that mean one of the few problems
 * a user can act on, so that a store on a server says them in the same words as one on a file. The
 * states are the SQL standard's and PostgreSQL's (its manual's appendix "Error Codes"), not driver
 * classes. Anything else stays "could not be read or written" with the server's own words (a refused
 * privilege too: the file's words for it speak of folders).
 */
final class ServerStates {

    private ServerStates() {
    }

    /** The problem a state means, or null when it is none of those. */
    static DatabaseProblem classify(String sqlState) {
        if (sqlState == null || sqlState.length() != 5) {
            return null;
        }
        return switch (sqlState) {
            // lock_not_available (our write lock's timeout), deadlock_detected, serialization_failure
            case "55P03", "40P01", "40001" -> DatabaseProblem.IN_USE;
            // disk_full (the server's disk)
            case "53100" -> DatabaseProblem.DISK_FULL;
            default -> null;
        };
    }

    /**
     * Whether the failure (or one of its causes) is the connection to the server being lost or
     * refused: class 08 (connection exception) or the server shutting down (57P01-57P03). The store
     * then connects again on its next call (decision 0032).
     */
    static boolean connectionLost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException server && server.getSQLState() != null) {
                String state = server.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }
}
