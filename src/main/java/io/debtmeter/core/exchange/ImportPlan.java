package io.debtmeter.core.exchange;

import java.util.List;

/**
 * The preview of an import: for every team, assessment and action of the file, what will happen to
 * it. Computed without writing anything; {@link ExchangeImporter#apply} carries it out.
 *
 * @param entries teams, then assessments, then actions, each in file order
 */
public record ImportPlan(ExchangeDocument document, List<PlanEntry> entries) {

    public ImportPlan {
        entries = List.copyOf(entries);
    }

    public List<PlanEntry> with(PlanEntry.Outcome outcome) {
        return entries.stream().filter(entry -> entry.outcome() == outcome).toList();
    }

    public long count(PlanEntry.Kind kind, PlanEntry.Outcome outcome) {
        return entries.stream().filter(entry -> entry.kind() == kind && entry.outcome() == outcome).count();
    }

    public List<PlanEntry> conflicts() {
        return with(PlanEntry.Outcome.CONFLICT);
    }

    /** True when applying would write something. */
    public boolean changesSomething() {
        return entries.stream().anyMatch(entry -> entry.outcome() == PlanEntry.Outcome.ADD
                || entry.outcome() == PlanEntry.Outcome.UPDATE);
    }
}
