package io.debtmeter.core.analysis.trends;

import io.debtmeter.model.Assessment;
import io.debtmeter.model.AssessmentStatus;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.testsupport.TestRubrics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Finished assessments of one team, for trend tests on {@link TestRubrics#trendVersion1()} and its version 2. */
final class TrendSnapshots {

    static final UUID TEAM = UUID.fromString("00000000-0000-0000-0000-0000000000aa");

    private TrendSnapshots() {
    }

    static Assessment assessment(Rubric rubric, LocalDate date, String period) {
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        return new Assessment(UUID.nameUUIDFromBytes(period.getBytes(StandardCharsets.UTF_8)), TEAM, rubric.id(),
                rubric.version(), date, period, List.of("Ana"), AssessmentStatus.FINAL, created, created);
    }

    static AssessmentSnapshot snapshot(Rubric rubric, LocalDate date, String period, ItemResponse... responses) {
        return new AssessmentSnapshot(assessment(rubric, date, period), rubric, TestRubrics.responses(responses));
    }
}
