package io.debtmeter.core.exchange;

/**
 * The user stopped an import or export: an import's transaction is rolled back, an export's
 * temporary file deleted, so nothing is left half done.
 */
public final class TransferCancelledException extends RuntimeException {

    public TransferCancelledException() {
        super("Cancelled: nothing was changed.");
    }
}
