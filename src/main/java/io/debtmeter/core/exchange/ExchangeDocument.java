package io.debtmeter.core.exchange;

import java.time.Instant;
import java.util.List;

/**
 * The contents of one {@code debtmeter-exchange} file (docs/exchange-format.md), as read or about to
 * be written.
 *
 * @param exportedBy the application and version that wrote it, e.g. "Debtmeter 0.1.0"
 * @param rubrics    every snapshot the assessments refer to, by SHA-256
 * @param teams      by id
 */
public record ExchangeDocument(int formatVersion, Instant exportedAt, String exportedBy, ExchangeScope scope,
                               List<ExchangeRubric> rubrics, List<ExchangeTeam> teams) {

    public ExchangeDocument {
        rubrics = List.copyOf(rubrics);
        teams = List.copyOf(teams);
    }

    /** What the file is, without its rubrics and teams. */
    public ExchangeHeader header() {
        return new ExchangeHeader(formatVersion, exportedAt, exportedBy, scope);
    }
}
