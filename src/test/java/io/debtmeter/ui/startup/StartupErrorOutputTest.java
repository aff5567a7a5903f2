package io.debtmeter.ui.startup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** System.err while JavaFX starts: held, then passed on whole, or dropped when the start failed. */
class StartupErrorOutputTest {

    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private final PrintStream stand = new PrintStream(terminal, true, StandardCharsets.UTF_8);
    private PrintStream before;

    @BeforeEach
    void standInForTheTerminal() {
        before = System.err;
        System.setErr(stand);
    }

    @AfterEach
    void putTheRealOneBack() {
        System.setErr(before);
    }

    private String terminal() {
        return terminal.toString(StandardCharsets.UTF_8);
    }

    @Test
    void whatIsHeldIsPassedOnWhenTheToolkitIsUpAndSoIsWhatComesAfter() {
        StartupErrorOutput errors = StartupErrorOutput.hold();
        PrintStream takenMeanwhile = System.err;
        System.err.println("a warning while JavaFX starts");
        assertThat(terminal()).isEmpty();

        errors.release();
        takenMeanwhile.println("later, through a handler that kept the stream");

        assertThat(System.err).isSameAs(stand);
        assertThat(terminal()).isEqualTo("a warning while JavaFX starts" + System.lineSeparator()
                + "later, through a handler that kept the stream" + System.lineSeparator());
        errors.release();
        assertThat(terminal()).as("released once").hasLineCount(2);
    }

    @Test
    void afterAFailedStartNothingOfJavaFxsOwnReachesTheTerminal() throws InterruptedException {
        StartupErrorOutput errors = StartupErrorOutput.hold();
        new RuntimeException("Unable to open DISPLAY").printStackTrace();

        errors.drop();
        Thread javafxThread = new Thread(() -> System.err.println("Exception in thread \"QuantumRenderer-0\""));
        javafxThread.start();
        javafxThread.join();
        errors.release();

        assertThat(terminal()).isEmpty();
    }
}
