package io.debtmeter.core.export;

import io.debtmeter.core.assessment.AssessmentStore;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One export format. Implementations read what they need from the store and write the whole
 * document to {@code out}; {@link SafeFiles} takes care of where it lands. They block: the window
 * calls them on its background executor.
 */
@FunctionalInterface
public interface Exporter {

    /**
     * @throws UnsupportedSubjectException when the format cannot cover this subject (e.g. a PDF of a whole database)
     * @throws io.debtmeter.core.assessment.StoreException when the subject does not exist or cannot be read
     */
    void write(AssessmentStore store, ExportSubject subject, OutputStream out) throws IOException;

    /**
     * Like {@link #write}, and says what the file could not carry (a PDF's characters no font has).
     * Formats that carry everything keep this default.
     */
    default ExportResult writeReporting(AssessmentStore store, ExportSubject subject, OutputStream out)
            throws IOException {
        write(store, subject, out);
        return ExportResult.COMPLETE;
    }
}
