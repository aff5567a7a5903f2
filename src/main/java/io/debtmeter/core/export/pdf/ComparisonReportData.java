package io.debtmeter.core.export.pdf;

import io.debtmeter.core.analysis.compare.AssessmentComparer;
import io.debtmeter.core.analysis.compare.ComparedSide;
import io.debtmeter.core.analysis.compare.Comparison;
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

/** Reads two assessments and compares them as the compare screen does (ui.compare.CompareData). */
final class ComparisonReportData {

    private ComparisonReportData() {
    }

    /** Blocks: reads the store. {@code zone} dates the actions' last updates ("closed between"). */
    static Comparison load(AssessmentStore store, AssessmentComparer comparer, UUID before, UUID after, ZoneId zone) {
        Assessment was = assessment(store, before);
        Assessment is = assessment(store, after);
        List<UUID> ids = List.of(was.id(), is.id());
        var rubrics = store.rubricsOf(ids);
        var responses = store.responses(ids);
        List<ActionItem> actions = new ArrayList<>();
        for (UUID teamId : new LinkedHashSet<>(List.of(was.teamId(), is.teamId()))) {
            actions.addAll(store.actions(teamId));
        }
        return comparer.compare(
                new ComparedSide(was, teamName(store, was), rubrics.get(was.id()), responses.getOrDefault(was.id(), Map.of())),
                new ComparedSide(is, teamName(store, is), rubrics.get(is.id()), responses.getOrDefault(is.id(), Map.of())),
                actions, zone);
    }

    private static Assessment assessment(AssessmentStore store, UUID id) {
        return store.assessment(id)
                .orElseThrow(() -> new StoreException("No assessment with id " + id + " in " + store.location()));
    }

    private static String teamName(AssessmentStore store, Assessment assessment) {
        return store.team(assessment.teamId()).map(Team::name).orElse("");
    }
}
