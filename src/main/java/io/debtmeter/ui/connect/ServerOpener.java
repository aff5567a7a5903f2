package io.debtmeter.ui.connect;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.storage.postgres.PostgresAssessmentStore;
import io.debtmeter.core.storage.postgres.PostgresLocation;

import java.util.Locale;

/** Opens a database on a PostgreSQL server for the window: {@link #postgres} in the app; a test may hold or fail it. */
@FunctionalInterface
public interface ServerOpener {

    /** The real one, the store's refusals in the window's {@code language}. */
    static ServerOpener postgres(Locale language) {
        return (where, readOnly) -> readOnly
                ? PostgresAssessmentStore.openReadOnly(where, language)
                : PostgresAssessmentStore.open(where, language);
    }

    /** Opens (creating Debtmeter's tables if needed) the database; read-only for one a newer version wrote. */
    AssessmentStore open(PostgresLocation where, boolean readOnly) throws Exception;
}
