package io.debtmeter.core.analysis.trends;

import java.time.LocalDate;
import java.util.UUID;

/** One assessment as a heat-map column. */
public record HeatMapColumn(UUID assessmentId, LocalDate date, String period, String rubricVersion) {
}
