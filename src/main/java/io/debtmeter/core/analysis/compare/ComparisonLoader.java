package io.debtmeter.core.analysis.compare;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Team;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads two assessments from the store and compares them: the one way the compare screen, the PDF and
 * Markdown reports and the command line get a {@link Comparison}, so they cannot drift apart. Blocks:
 * call it off the UI thread.
 */
public final class ComparisonLoader {

    private final AssessmentComparer comparer;
    private final ZoneId zone;
    private final String language;

    /** @param zone the zone in which an action's last update becomes its "closed on" date */
    public ComparisonLoader(AssessmentComparer comparer, ZoneId zone) {
        this(comparer, zone, "en");
    }

    /** @param language the language the rubrics' texts are shown in, where they have it ("ja") */
    public ComparisonLoader(AssessmentComparer comparer, ZoneId zone, String language) {
        this.comparer = comparer;
        this.zone = zone;
        this.language = language;
    }

    /** @throws StoreException when either assessment, or its team, does not exist */
    public Comparison load(AssessmentStore store, UUID beforeId, UUID afterId) {
        Assessment before = assessment(store, beforeId);
        Assessment after = assessment(store, afterId);
        return compare(store, before, team(store, before.teamId()), after, team(store, after.teamId()));
    }

    /** For a caller that has already read both assessments and their teams (the compare screen's pickers). */
    public Comparison compare(AssessmentStore store, Assessment before, Team beforeTeam, Assessment after, Team afterTeam) {
        List<UUID> ids = List.of(before.id(), after.id());
        Map<UUID, io.debtmeter.model.Rubric> rubrics = new java.util.HashMap<>();
        store.rubricsOf(ids).forEach((id, rubric) -> rubrics.put(id, rubric.localized(language)));
        var responses = store.responses(ids);
        List<ActionItem> actions = new ArrayList<>();
        // Ordered, so the actions reach the comparer in the same order on every run: before's team first.
        for (UUID teamId : new LinkedHashSet<>(List.of(before.teamId(), after.teamId()))) {
            actions.addAll(store.actions(teamId));
        }
        return comparer.compare(
                new ComparedSide(before, beforeTeam.name(), rubrics.get(before.id()), responses.getOrDefault(before.id(), Map.of())),
                new ComparedSide(after, afterTeam.name(), rubrics.get(after.id()), responses.getOrDefault(after.id(), Map.of())),
                actions, zone);
    }

    private static Assessment assessment(AssessmentStore store, UUID id) {
        return store.assessment(id).orElseThrow(() -> new StoreException("There is no assessment with id " + id + "."));
    }

    private static Team team(AssessmentStore store, UUID id) {
        return store.team(id).orElseThrow(() -> new StoreException("There is no team with id " + id + "."));
    }
}
