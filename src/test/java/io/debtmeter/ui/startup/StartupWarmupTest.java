package io.debtmeter.ui.startup;

import org.junit.jupiter.api.Test;

import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter drops JavaFX's class-path warning and nothing else. */
class StartupWarmupTest {

    private static LogRecord warning(String message) {
        return new LogRecord(Level.WARNING, message);
    }

    @Test
    void dropsTheClassPathWarningAsJavaFxWordsIt() {
        Filter filter = StartupWarmup.classPathWarningDropped(null);

        assertThat(filter.isLoggable(warning("Unsupported JavaFX configuration: classes were loaded from 'unnamed module @7391d3e1'")))
                .isFalse();
    }

    @Test
    void letsEveryOtherJavaFxMessageThrough() {
        Filter filter = StartupWarmup.classPathWarningDropped(null);

        assertThat(filter.isLoggable(warning("Could not resolve '-color-accent' while resolving lookups for '-fx-background-color'")))
                .isTrue();
        assertThat(filter.isLoggable(warning(null))).isTrue();
        assertThat(filter.isLoggable(warning("Note: Unsupported JavaFX configuration is not at the start"))).isTrue();
    }

    @Test
    void keepsAFilterThatWasAlreadyThere() {
        Filter onlySevere = record -> record.getLevel() == Level.SEVERE;
        Filter filter = StartupWarmup.classPathWarningDropped(onlySevere);

        assertThat(filter.isLoggable(warning("something else"))).isFalse();
        assertThat(filter.isLoggable(new LogRecord(Level.SEVERE, "something else"))).isTrue();
    }
}
