package io.debtmeter.core.exchange;

import io.debtmeter.core.platform.ProblemTexts;
import io.debtmeter.core.rubric.JsonSyntaxProblem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A record the walk only skimmed (decision 0037) that its own reading then refused: a repeated key,
 * or a value over a limit. Told as the same problem would be told had the file been read straight
 * through: its pointer from the file's top, its line and column in the file.
 */
final class UnreadableRecordException extends RuntimeException {

    private final transient byte[] record;
    private final String at;
    private final int line;
    private final int column;

    /**
     * @param at    the record's pointer ("/teams/0/actions/3")
     * @param start where the record's opening brace stands in the file
     */
    UnreadableRecordException(JsonProcessingException cause, byte[] record, String at, JsonLocation start) {
        super(cause);
        this.record = record;
        this.at = at;
        this.line = start.getLineNr();
        this.column = start.getColumnNr();
    }

    ExchangeProblem problem(String source, ProblemTexts texts) {
        JsonSyntaxProblem inRecord = JsonSyntaxProblem.of(texts, record, (JsonProcessingException) getCause());
        boolean firstLine = inRecord.line() <= 1;
        int fileLine = inRecord.line() < 1 ? line : line + inRecord.line() - 1;
        int fileColumn = inRecord.line() < 1 ? column : firstLine ? column + inRecord.column() - 1 : inRecord.column();
        return new ExchangeProblem(source, at + inRecord.pointer(), fileLine, fileColumn, inRecord.message());
    }
}
