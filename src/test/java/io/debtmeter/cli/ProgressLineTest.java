package io.debtmeter.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress line: at most four times a second, 100% once, a rate from the start, wiped at the end. */
class ProgressLineTest {

    private static final long MS = 1_000_000L;

    private final StringWriter err = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    private ProgressLine line(boolean shown) {
        return new ProgressLine(new PrintWriter(err, true), shown, "Importing a.json", now::get);
    }

    @Test
    void redrawsAtMostEveryQuarterSecondAndShowsTheFullLineOnce() {
        ProgressLine progress = line(true);
        now.set(500 * MS);
        progress.update(10, 100, 50);          // 50 records in 0.5 s
        now.set(600 * MS);
        progress.update(20, 100, 80);          // too soon: not drawn
        now.set(1_000 * MS);
        progress.update(50, 100, 300);         // 300 records in 1 s
        now.set(1_010 * MS);
        progress.update(100, 100, 303);        // the whole file read: drawn at once
        now.set(1_020 * MS);
        progress.update(100, 100, 310);        // still 100%: not drawn again
        progress.close();

        String full = "Importing a.json 100%, 300 records/s";
        assertThat(err.toString()).isEqualTo("\rImporting a.json  10%, 100 records/s"
                + "\rImporting a.json  50%, 300 records/s"
                + "\r" + full
                + "\r" + " ".repeat(full.length()) + "\r");
    }

    @Test
    void printsNothingWithoutATerminal() {
        ProgressLine progress = line(false);
        now.set(500 * MS);
        progress.update(10, 100, 50);
        now.set(2_000 * MS);
        progress.update(100, 100, 500);
        progress.close();
        assertThat(err.toString()).isEmpty();
    }
}
