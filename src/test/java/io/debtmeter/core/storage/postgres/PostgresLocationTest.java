package io.debtmeter.core.storage.postgres;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where a shared database is: never shows its password, and names itself in words any file system takes. */
class PostgresLocationTest {

    @Test
    void thePasswordIsACopyAndNeverInTheTextOfTheLocation() {
        char[] typed = "s3cret-Pa55".toCharArray();
        PostgresLocation location = new PostgresLocation("db.example.org", 5432, "debtmeter", "aiko", typed, null);
        typed[0] = 'X';

        assertThat(location.password()).containsExactly("s3cret-Pa55".toCharArray());
        location.password()[1] = 'Y';
        assertThat(new String(location.password())).isEqualTo("s3cret-Pa55");
        assertThat(location.toString()).doesNotContain("s3cret").contains("aiko@db.example.org:5432/debtmeter");
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:5432/debtmeter").doesNotContain("s3cret");
        assertThat(location.sslMode()).isEqualTo("prefer");
    }

    @Test
    void anIpv6HostIsBracketedAndTheDescriptionIsAPathOnEverySystem() {
        PostgresLocation location = new PostgresLocation("::1", 6543, "team/db", "ben", new char[0], "require");

        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:6543/team%2Fdb");
        assertThat(location.describe()).isEqualTo("PostgreSQL database team/db at ::1, port 6543");
        assertThat(location.asPath().toString()).isEqualTo("PostgreSQL database team_db at __1, port 6543");
    }

    @Test
    void aPortOutsideTheRangeIsRefused() {
        assertThatThrownBy(() -> new PostgresLocation("h", 0, "d", "u", new char[0], "disable"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 65535");
    }
}
