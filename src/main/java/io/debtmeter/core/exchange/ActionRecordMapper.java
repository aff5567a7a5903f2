package io.debtmeter.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Maps the action records of an exchange file for {@link ExchangeDocumentMapper}, as
 * {@link AssessmentRecordMapper} maps assessments: each action's values, and what it is checked for
 * against the other records of the file.
 */
final class ActionRecordMapper {

    private final MappingProblems problems;
    private final AssessmentRecordMapper assessments;
    private final Set<UUID> actionIds = new HashSet<>();

    /** @param assessments the file's assessments mapped so far, in any team */
    ActionRecordMapper(MappingProblems problems, AssessmentRecordMapper assessments) {
        this.problems = problems;
        this.assessments = assessments;
    }

    /** @param ofTeam the assessments of the action's team, by id */
    ActionItem action(JsonNode node, String at, UUID teamId, Map<UUID, ExchangeAssessment> ofTeam) {
        UUID id = UUID.fromString(node.get("id").asText());
        JsonNode raisedNode = node.get("raisedIn");
        UUID raisedIn = raisedNode.isNull() ? null : UUID.fromString(raisedNode.asText());
        String itemId = node.get("item").asText();
        betweenRecords(id, raisedIn, itemId, at, ofTeam);
        JsonNode due = node.get("due");
        ActionStatus status = ActionStatus.valueOf(node.get("status").asText().toUpperCase(Locale.ROOT));
        // Files written before closedAt was kept have none: a closed action then counts from updatedAt.
        JsonNode closed = node.get("closedAt");
        Optional<Instant> closedAt = closed == null || closed.isNull() ? Optional.empty()
                : Optional.ofNullable(problems.time(closed, at + "/closedAt"));
        if (status == ActionStatus.OPEN && closedAt.isPresent()) {
            problems.say(at + "/closedAt", "exchange.openButClosed");
        }
        return new ActionItem(id, teamId, raisedIn, itemId, node.get("text").asText(), node.get("owner").asText(),
                due.isNull() ? Optional.empty() : Optional.ofNullable(problems.date(due, at + "/due")), status,
                problems.time(node.get("createdAt"), at + "/createdAt"), problems.time(node.get("updatedAt"), at + "/updatedAt"),
                closedAt);
    }

    /**
     * An action known by its fingerprint to be stored as {@code stored} (decision 0037): only what
     * depends on other records is checked, as the rest was when the same bytes were imported.
     */
    void storedAsRead(ActionItem stored, String at, Map<UUID, ExchangeAssessment> ofTeam) {
        betweenRecords(stored.id(), stored.raisedIn(), stored.itemId(), at, ofTeam);
    }

    /** What an action is checked for against the other records: its id not taken, the assessment it names there. */
    private void betweenRecords(UUID id, UUID raisedIn, String itemId, String at, Map<UUID, ExchangeAssessment> ofTeam) {
        if (!actionIds.add(id)) {
            problems.say(at + "/id", "exchange.actionIdTwice", String.valueOf(id));
        }
        if (raisedIn != null) {
            ExchangeAssessment raised = ofTeam.get(raisedIn);
            if (raised == null) {
                if (!assessments.seen(raisedIn)) {
                    problems.say(at + "/raisedIn", "exchange.raisedInElsewhere", String.valueOf(raisedIn));
                }
            } else if (raised.rubric().rubric().item(itemId).isEmpty()) {
                problems.say(at + "/item", "exchange.actionItemMissing", raised.rubric().id() + " " + raised.rubric().version(), itemId);
            }
        }
    }
}
