package io.debtmeter.core.exchange;

import java.time.Instant;

/**
 * The top of an exchange file, without its rubrics and teams: what it is, and who wrote it when.
 * What a streamed import keeps of the file besides its plan.
 *
 * @param exportedBy the application and version that wrote it, e.g. "Debtmeter 0.1.0"
 */
public record ExchangeHeader(int formatVersion, Instant exportedAt, String exportedBy, ExchangeScope scope) {
}
