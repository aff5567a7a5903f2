package io.debtmeter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which command lines skip picocli and open the window straight away (the fast start). */
class LauncherTest {

    @Test
    void noArgumentsOrOnlyADatabaseOpenTheWindowDirectly() {
        assertThat(Launcher.opensTheWindowOnly(new String[] {})).isTrue();
        assertThat(Launcher.opensTheWindowOnly(new String[] {"--db", "team.db"})).isTrue();
        assertThat(Launcher.opensTheWindowOnly(new String[] {"--db=team.db"})).isTrue();
    }

    @Test
    void anythingElseGoesThroughTheCommandLine() {
        assertThat(Launcher.opensTheWindowOnly(new String[] {"--version"})).isFalse();
        assertThat(Launcher.opensTheWindowOnly(new String[] {"--db", "team.db", "teams"})).isFalse();
        assertThat(Launcher.opensTheWindowOnly(new String[] {"--db"})).isFalse();
        assertThat(Launcher.opensTheWindowOnly(new String[] {"--db="})).isFalse();
        assertThat(Launcher.opensTheWindowOnly(new String[] {"--db", "--help"})).isFalse();
        assertThat(Launcher.opensTheWindowOnly(new String[] {"teams"})).isFalse();
    }

    @Test
    void aServerAddressGoesThroughTheCommandLineWhichSaysTheWindowCannotOpenItYet() {
        assertThat(Launcher.opensTheWindowOnly(new String[] {"--db", "postgresql://db/debtmeter"})).isFalse();
        assertThat(Launcher.opensTheWindowOnly(new String[] {"--db=postgres://db/debtmeter"})).isFalse();
    }
}
