package io.debtmeter.ui.shell;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.storage.SqliteAssessmentStore;

import java.nio.file.Path;
import java.util.Locale;

/** Opens a database file for the window: {@link #SQLITE} in the app; a test passes its own to hold or fail it. */
@FunctionalInterface
public interface StoreOpener {

    /** The real one, whose messages are in English. */
    StoreOpener SQLITE = sqlite(Locale.ENGLISH);

    /** The real one, the store's messages (and a refusal to open) in the window's {@code language}. */
    static StoreOpener sqlite(Locale language) {
        return (file, readOnly) -> readOnly
                ? SqliteAssessmentStore.openReadOnly(file, language)
                : SqliteAssessmentStore.open(file, language);
    }

    /** Opens (creating if needed) the file; read-only for a file written by a newer version. */
    AssessmentStore open(Path file, boolean readOnly) throws Exception;
}
