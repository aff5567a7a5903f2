package io.debtmeter.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One retrospective's assessment of one team against one rubric version.
 * The rubric itself is kept as a snapshot beside it, so old results read correctly after the rubric changes.
 *
 * @param period a label such as "2026-Q4"
 */
public record Assessment(
        UUID id,
        UUID teamId,
        String rubricId,
        String rubricVersion,
        LocalDate date,
        String period,
        List<String> participants,
        AssessmentStatus status,
        Instant createdAt,
        Instant updatedAt) {

    public Assessment {
        participants = List.copyOf(participants);
    }

    public boolean isFinal() {
        return status == AssessmentStatus.FINAL;
    }
}
