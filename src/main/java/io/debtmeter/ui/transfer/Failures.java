package io.debtmeter.ui.transfer;

/** The sentence a person reads when an export or import fails. */
final class Failures {

    private Failures() {
    }

    static String message(Throwable failure) {
        Throwable shown = failure;
        while (shown.getMessage() == null && shown.getCause() != null) {
            shown = shown.getCause();
        }
        return shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
    }
}
