package io.debtmeter.core.exchange;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.BulkWrites;
import io.debtmeter.core.assessment.ImportWrites;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Assessment;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Merges an exchange file into a database by id, in two steps: {@link #plan} says what would be
 * added, updated, left unchanged or left in conflict, without writing; {@link #apply} writes it in
 * one transaction, and refuses if the database changed since the plan was made. The rule is in
 * docs/decisions/0007-exchange-merge.md and in {@link MergeRules}. Writing needs a store that
 * offers {@link BulkWrites}: the file's ids and times are kept, which the ordinary methods cannot.
 */
public final class ExchangeImporter {

    private final AssessmentStore store;

    public ExchangeImporter(AssessmentStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The preview: reads the database, writes nothing. */
    public ImportPlan plan(ExchangeDocument document) {
        return new MergeRules(store).plan(document);
    }

    /**
     * Carries out the plan in one transaction: everything planned, or on any failure nothing.
     *
     * @return the plan as carried out (equal to the one given)
     * @throws PlanOutdatedException when the database changed since the plan was made
     * @throws StoreException        when the database refused a write (locked, full, read-only)
     */
    public ImportPlan apply(ImportPlan plan) {
        Objects.requireNonNull(plan, "plan");
        if (!(store instanceof BulkWrites bulk)) {
            throw new StoreException("This database cannot import exchange files.");
        }
        return bulk.applyImport(writes -> {
            ImportPlan now = plan(plan.document());
            if (!now.entries().equals(plan.entries())) {
                throw new PlanOutdatedException();
            }
            write(now, writes);
            return now;
        });
    }

    /** Teams first, then assessments, then actions: each may need what comes before it. */
    private static void write(ImportPlan plan, ImportWrites writes) {
        Map<String, PlanEntry.Outcome> outcomes = new HashMap<>();
        for (PlanEntry entry : plan.entries()) {
            outcomes.put(key(entry.kind(), entry.id()), entry.outcome());
        }
        for (ExchangeTeam team : plan.document().teams()) {
            PlanEntry.Outcome outcome = outcomes.get(key(PlanEntry.Kind.TEAM, team.team().id()));
            if (outcome == PlanEntry.Outcome.ADD) {
                writes.addTeam(team.team());
            } else if (outcome == PlanEntry.Outcome.UPDATE) {
                writes.updateTeam(team.team());
            }
        }
        for (ExchangeTeam team : plan.document().teams()) {
            for (ExchangeAssessment entry : team.assessments()) {
                Assessment assessment = entry.assessment();
                PlanEntry.Outcome outcome = outcomes.get(key(PlanEntry.Kind.ASSESSMENT, assessment.id()));
                if (outcome == PlanEntry.Outcome.ADD) {
                    writes.addAssessment(assessment, entry.rubric().rubric(), entry.responses(), entry.targets());
                } else if (outcome == PlanEntry.Outcome.UPDATE) {
                    writes.replaceAssessment(assessment, entry.rubric().rubric(), entry.responses(), entry.targets());
                }
            }
        }
        for (ExchangeTeam team : plan.document().teams()) {
            for (ActionItem action : team.actions()) {
                PlanEntry.Outcome outcome = outcomes.get(key(PlanEntry.Kind.ACTION, action.id()));
                if (outcome == PlanEntry.Outcome.ADD) {
                    writes.addAction(action);
                } else if (outcome == PlanEntry.Outcome.UPDATE) {
                    writes.updateAction(action);
                }
            }
        }
    }

    private static String key(PlanEntry.Kind kind, UUID id) {
        return kind + ":" + id;
    }
}
