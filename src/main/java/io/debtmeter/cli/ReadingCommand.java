package io.debtmeter.cli;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;

/**
 * A command that only reads an existing database: it is opened as {@link ExistingDatabase} opens it,
 * closed afterwards, and a failure of the store ends the command with its documented exit code.
 */
abstract class ReadingCommand extends DatabaseCommand {

    ReadingCommand(CliContext context) {
        super(context);
    }

    @Override
    public final Integer call() {
        try (AssessmentStore store = ExistingDatabase.open(this)) {
            return read(store);
        } catch (StoreException e) {
            throw ExistingDatabase.failure(e);
        }
    }

    /** What the command does with the open database; returns its exit code. */
    abstract int read(AssessmentStore store);
}
