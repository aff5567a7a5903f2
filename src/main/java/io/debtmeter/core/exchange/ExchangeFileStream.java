package io.debtmeter.core.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.debtmeter.core.rubric.InputSize;
import io.debtmeter.core.rubric.JsonSyntaxProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads an exchange file as a stream, holding one assessment's (or action's) tree at a time, never
 * the whole file: the top level first (format, version, rubric snapshots), then each team of
 * {@code /teams} record by record, handed on (as model objects) once its last record is read (see
 * {@link ExchangeWalk}). A checked pass applies every check {@link ExchangeReader#parse}
 * applies to a whole file, in the same order of precedence (syntax, format, values that cannot be
 * kept, the schema, meaning), each record against its part of the schema, and reports problems with
 * the same pointers, lines and columns; the lines and columns are found by a second, skimming read
 * of the file, only when there is something to report ({@link ProblemLocator}).
 *
 * <p>Each pass also sums up every byte it read (CRC-32C), so a later pass can tell that the file
 * changed in between.
 */
final class ExchangeFileStream {

    private final ExchangeReader reader;
    private final Path file;
    private final String source;

    /** What a pass found. */
    record Pass(ExchangeHeader header, long checksum) {
    }

    ExchangeFileStream(ExchangeReader reader, Path file) {
        this.reader = reader;
        this.file = file;
        this.source = file.toString();
    }

    String source() {
        return source;
    }

    /**
     * Reads the file once, handing each team to {@code each} in file order. On a checked pass a team
     * is handed on only while nothing is wrong so far, and any problem is thrown at the end; an
     * unchecked pass (of a file checked before) only maps.
     */
    Pass read(boolean checked, TransferProgress progress, Consumer<ExchangeTeam> each)
            throws IOException, InvalidExchangeFileException {
        return read(checked, StoredRecords.NONE, progress, each);
    }

    /** @param known what the database holds exactly as imported: known there by fingerprint, not read (decision 0037) */
    Pass read(boolean checked, StoredRecords known, TransferProgress progress, Consumer<ExchangeTeam> each)
            throws IOException, InvalidExchangeFileException {
        long size = Files.size(file);
        if (size > reader.maxStreamedBytes()) {
            throw ExchangeReader.single(source, InputSize.tooLarge(reader.texts(), size, reader.maxStreamedBytes(), "exchange"));
        }
        try (ChecksummedInput in = new ChecksummedInput(Files.newInputStream(file));
             JsonParser parser = ExchangeReader.SUBTREES.createParser(in);
             ExchangeWalk walk = new ExchangeWalk(reader, new ExchangeWalk.Walked(source, new ProblemLocator(file, source),
                     in, size), checked, progress, each, known)) {
            try {
                walk.root(parser);
            } catch (JsonProcessingException e) {
                JsonSyntaxProblem problem = JsonSyntaxProblem.of(reader.texts(), parser, e);
                throw new InvalidExchangeFileException(source, List.of(new ExchangeProblem(source, problem.pointer(),
                        problem.line(), problem.column(), problem.message())));
            } catch (UnreadableRecordException e) {
                throw new InvalidExchangeFileException(source, List.of(e.problem(source, reader.texts())));
            }
            return new Pass(walk.end(), in.checksum());
        }
    }
}
