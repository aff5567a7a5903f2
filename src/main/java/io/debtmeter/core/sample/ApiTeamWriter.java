package io.debtmeter.core.sample;

import io.debtmeter.core.assessment.AssessmentBundle;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.assessment.TeamBundle;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Team;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * Writes a generated team through the ordinary store methods, as a person using the app would:
 * for stores without a bulk import, and to check that the bulk import stores the same. The store
 * chooses the ids and times.
 */
final class ApiTeamWriter {

    private final AssessmentStore store;

    ApiTeamWriter(AssessmentStore store) {
        this.store = store;
    }

    Team write(TeamBundle bundle) {
        Team team = store.createTeam(bundle.team().name());
        Map<UUID, UUID> storedIds = new HashMap<>();
        for (AssessmentBundle entry : bundle.assessments()) {
            Assessment planned = entry.assessment();
            Assessment created = store.createAssessment(new NewAssessment(team.id(), entry.rubric(), planned.date(),
                    planned.period(), planned.participants(), Optional.empty()));
            storedIds.put(planned.id(), created.id());
            for (ItemResponse response : entry.responses()) {
                store.saveResponse(created.id(), response);
            }
            entry.targets().categoryMaturity().forEach((category, maturity) ->
                    store.setCategoryTarget(created.id(), category, OptionalDouble.of(maturity)));
            entry.targets().itemLevel().forEach((item, level) ->
                    store.setItemTarget(created.id(), item, OptionalDouble.of(level)));
            if (planned.isFinal()) {
                store.finish(created.id());
            }
        }
        for (ActionItem planned : bundle.actions()) {
            ActionItem added = store.addAction(storedIds.get(planned.raisedIn()), planned.itemId(), planned.text(),
                    planned.owner(), planned.due());
            if (planned.status() != added.status()) {
                store.updateAction(new ActionItem(added.id(), added.teamId(), added.raisedIn(), added.itemId(),
                        added.text(), added.owner(), added.due(), planned.status(), added.createdAt(), added.updatedAt()));
            }
        }
        return team;
    }
}
