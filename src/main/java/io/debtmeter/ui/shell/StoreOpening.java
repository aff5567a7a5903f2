package io.debtmeter.ui.shell;

import io.debtmeter.core.assessment.AssessmentStore;

import java.nio.file.Path;

/** How the window opens a database file; a test passes its own. */
@FunctionalInterface
public interface StoreOpening {

    /** Opens (creating if needed) the file; read-only for a file written by a newer version. */
    AssessmentStore open(Path file, boolean readOnly) throws Exception;
}
