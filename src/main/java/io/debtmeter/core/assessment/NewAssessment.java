package io.debtmeter.core.assessment;

import io.debtmeter.model.Rubric;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the "New assessment" form asks for.
 *
 * @param carryOverFrom when present, answers, notes, evidence and votes are copied from that
 *                      assessment (by item id) and marked "carried over — confirm"
 */
public record NewAssessment(
        UUID teamId,
        Rubric rubric,
        LocalDate date,
        String period,
        List<String> participants,
        Optional<UUID> carryOverFrom) {

    public NewAssessment {
        participants = List.copyOf(participants);
    }
}
