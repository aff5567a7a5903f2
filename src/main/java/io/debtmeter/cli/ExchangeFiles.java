package io.debtmeter.cli;

import io.debtmeter.core.exchange.ExchangeDocument;
import io.debtmeter.core.exchange.ExchangeProblem;
import io.debtmeter.core.exchange.ExchangeReader;
import io.debtmeter.core.exchange.InvalidExchangeFileException;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an exchange file for a command: problems listed on standard error, then a failure with the exit code. */
final class ExchangeFiles {

    /** Reading a file, whole or as a stream. */
    @FunctionalInterface
    interface Reading<T> {
        T read() throws IOException, InvalidExchangeFileException;
    }

    private ExchangeFiles() {
    }

    static ExchangeDocument read(CliContext context, Path file, String nothingDone) {
        return reading(context, file, nothingDone, () -> new ExchangeReader(context.language()).read(file));
    }

    /** @param nothingDone what the failure adds, e.g. "nothing was imported", in the run's language */
    static <T> T reading(CliContext context, Path file, String nothingDone, Reading<T> reading) {
        try {
            return reading.read();
        } catch (InvalidExchangeFileException e) {
            for (ExchangeProblem problem : e.problems()) {
                context.err().println(TerminalText.lines(problem.describe(context.language())));
            }
            int count = e.problems().size();
            throw new CommandFailure(ExitCode.INVALID_INPUT, context.texts().get("cli.file.problems", file,
                    String.valueOf(count), count, nothingDone));
        } catch (NoSuchFileException e) {
            throw new CommandFailure(ExitCode.IO_ERROR, context.texts().get("cli.file.missing", file));
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.IO_ERROR, context.texts().get("cli.file.unreadable", file, e.getMessage()));
        }
    }
}
