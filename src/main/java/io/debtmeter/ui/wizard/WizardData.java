package io.debtmeter.ui.wizard;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.assessment.StoredResponse;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Category;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Targets;
import io.debtmeter.model.Team;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Everything the wizard reads when it opens, fetched in one background call. */
record WizardData(
        Assessment assessment,
        Team team,
        Rubric rubric,
        Rubric snapshot,
        Targets targets,
        Map<String, StoredResponse> responses,
        Optional<Assessment> previous,
        Set<String> previousItemIds,
        Map<String, ItemResponse> previousResponses,
        List<ActionItem> actions,
        boolean storeReadOnly) {

    /** Blocks: call on the background executor. */
    static WizardData load(AssessmentStore store, UUID assessmentId, String language) {
        Assessment assessment = store.assessment(assessmentId)
                .orElseThrow(() -> new StoreException("The assessment no longer exists."));
        Team team = store.team(assessment.teamId())
                .orElseThrow(() -> new StoreException("The team no longer exists."));
        Optional<Assessment> previous = store.previousAssessment(assessmentId);
        Map<String, ItemResponse> previousResponses = previous.map(p -> store.responses(p.id())).orElse(Map.of());
        // The previous assessment may have used another rubric (or version): its items are the ones it could answer.
        Set<String> previousItemIds = previous.map(p -> store.rubricOf(p.id()).items().stream().map(Item::id)
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
        Rubric snapshot = store.rubricOf(assessmentId);
        return new WizardData(assessment, team, snapshot.localized(language), snapshot, store.targets(assessmentId),
                store.storedResponses(assessmentId),
                previous, previousItemIds, previousResponses, store.actions(assessment.teamId()), store.isReadOnly());
    }

    String teamName() {
        return team.name();
    }

    /** Items whose title, question, reference or category contains the text, in rubric order. */
    List<Item> find(String text) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return rubric.items().stream().filter(item -> {
            String category = rubric.category(item.categoryId()).map(Category::title).orElse("");
            String haystack = String.join("\n", item.title(), item.question(), item.reference(), item.id(), category);
            return haystack.toLowerCase(Locale.ROOT).contains(needle);
        }).toList();
    }

    /** The item's answer in the team's previous assessment, if there was one; an item it did not have was not asked. */
    Optional<PreviousAnswer> previousOf(Item item) {
        return previous.map(p -> new PreviousAnswer(p.period(),
                Optional.ofNullable(previousResponses.get(item.id())).flatMap(ItemResponse::answer),
                previousItemIds.contains(item.id())));
    }
}
