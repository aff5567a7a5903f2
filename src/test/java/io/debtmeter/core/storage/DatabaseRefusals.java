package io.debtmeter.core.storage;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** How the storage tests say that opening a database was refused, and for which problem. */
final class DatabaseRefusals {

    private DatabaseRefusals() {
    }

    /**
     * Asserts that {@code opening} throws a {@link DatabaseOpenException} for {@code problem}; what the
     * message says is asserted on what this returns.
     */
    static AbstractThrowableAssert<?, ? extends Throwable> assertRefusedAs(DatabaseProblem problem, ThrowingCallable opening) {
        return assertThatThrownBy(opening)
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }

    /** Why the store would not open {@code file} (for writing, in the machine's language); null if it opened. */
    static DatabaseOpenException refusalToOpen(Path file) {
        return catchThrowableOfType(DatabaseOpenException.class, () -> SqliteAssessmentStore.open(file));
    }
}
