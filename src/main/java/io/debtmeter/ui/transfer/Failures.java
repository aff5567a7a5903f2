package io.debtmeter.ui.transfer;

/** The sentence a person reads when an export or import fails. */
final class Failures {

    private Failures() {
    }

    /** Our own exceptions in the window's language; anything else as the system words it. */
    static String message(Throwable failure, java.util.Locale language) {
        if (failure instanceof io.debtmeter.core.export.OutputFileException output) {
            return output.message(language);
        }
        if (failure instanceof io.debtmeter.core.storage.DatabaseOpenException open) {
            return open.message(language);
        }
        Throwable shown = failure;
        while (shown.getMessage() == null && shown.getCause() != null) {
            shown = shown.getCause();
        }
        return shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
    }
}
