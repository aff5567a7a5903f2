package io.debtmeter.core.exchange;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Where an import's records come from, read once to plan and once more to write: a document in
 * memory, or a file streamed each time (see {@link ExchangeFileStream}).
 */
interface ImportSource {

    /**
     * Hands every team to {@code each}, in file order.
     *
     * @param first true when planning: a file is then checked in full; later passes refuse a file
     *              that changed since the first ({@link PlanOutdatedException})
     * @param known what the database this pass reads holds exactly as imported (decision 0037)
     * @return the top of the file
     */
    ExchangeHeader teams(boolean first, StoredRecords known, TransferProgress progress, Consumer<ExchangeTeam> each)
            throws IOException, InvalidExchangeFileException;

    static ImportSource of(ExchangeDocument document) {
        return (first, known, progress, each) -> {
            document.teams().forEach(each);
            return document.header();
        };
    }

    static ImportSource of(ExchangeFileStream file) {
        return new StreamedFile(file);
    }

    /** A file, streamed on every pass; the first pass's checksum tells whether it changed before a later one. */
    final class StreamedFile implements ImportSource {
        private final ExchangeFileStream file;
        private Long planned;

        private StreamedFile(ExchangeFileStream file) {
            this.file = file;
        }

        @Override
        public ExchangeHeader teams(boolean first, StoredRecords known, TransferProgress progress,
                                    Consumer<ExchangeTeam> each) throws IOException, InvalidExchangeFileException {
            ExchangeFileStream.Pass pass = file.read(first, known, progress, each);
            if (first) {
                planned = pass.checksum();
            } else if (planned == null || planned != pass.checksum()) {
                throw new PlanOutdatedException("The file " + file.source() + " changed since the preview was made,"
                        + " so nothing was imported. Make the preview again and check it.");
            }
            return pass.header();
        }
    }
}
