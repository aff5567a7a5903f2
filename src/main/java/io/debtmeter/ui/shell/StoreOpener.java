package io.debtmeter.ui.shell;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.storage.SqliteAssessmentStore;

import java.nio.file.Path;

/** Opens a database file for the window: {@link #SQLITE} in the app; a test passes its own to hold or fail it. */
@FunctionalInterface
public interface StoreOpener {

    /** The real one. */
    StoreOpener SQLITE = (file, readOnly) -> readOnly
            ? SqliteAssessmentStore.openReadOnly(file)
            : SqliteAssessmentStore.open(file);

    /** Opens (creating if needed) the file; read-only for a file written by a newer version. */
    AssessmentStore open(Path file, boolean readOnly) throws Exception;
}
