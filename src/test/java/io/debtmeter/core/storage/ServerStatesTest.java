package io.debtmeter.core.storage;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** A server's SQLSTATEs are told in the words a file's problems are. */
class ServerStatesTest {

    @Test
    void aLockWaitedOutIsInUseAFullDiskIsFullAndTheRestIsTheServersOwnWords() {
        assertThat(SqliteErrors.classify(new SQLException("canceling statement due to lock timeout", "55P03")))
                .isEqualTo(DatabaseProblem.IN_USE);
        assertThat(SqliteErrors.classify(new SQLException("deadlock detected", "40P01"))).isEqualTo(DatabaseProblem.IN_USE);
        assertThat(SqliteErrors.classify(new SQLException("could not extend file", "53100")))
                .isEqualTo(DatabaseProblem.DISK_FULL);
        assertThat(SqliteErrors.classify(new SQLException("duplicate key value", "23505")))
                .isEqualTo(DatabaseProblem.UNREADABLE);
        assertThat(SqliteErrors.classify(new SQLException("no state"))).isEqualTo(DatabaseProblem.UNREADABLE);
        assertThat(SqliteErrors.classify(new IllegalStateException(new SQLException("wrapped", "55P03"))))
                .isEqualTo(DatabaseProblem.IN_USE);
    }
}
