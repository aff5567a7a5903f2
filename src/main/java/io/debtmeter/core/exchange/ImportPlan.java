package io.debtmeter.core.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The preview of an import: for every team, assessment and action of the file, what will happen to
 * it. Computed without writing anything; {@link ExchangeImporter#apply} carries it out, reading the
 * file (or document) it came from again: a plan keeps its outcomes, not the records.
 */
public final class ImportPlan {

    private final ExchangeHeader header;
    private final List<PlanEntry> teams;
    private final List<PlanEntry> assessments;
    private final List<PlanEntry> actions;
    private final List<PlanEntry> entries;
    private final long[][] counts = new long[PlanEntry.Kind.values().length][PlanEntry.Outcome.values().length];
    private final ImportSource source;

    private ImportPlan(ExchangeHeader header, List<PlanEntry> teams, List<PlanEntry> assessments,
                       List<PlanEntry> actions, ImportSource source) {
        this.header = header;
        this.teams = Collections.unmodifiableList(teams);
        this.assessments = Collections.unmodifiableList(assessments);
        this.actions = Collections.unmodifiableList(actions);
        List<PlanEntry> all = new ArrayList<>(teams.size() + assessments.size() + actions.size());
        all.addAll(teams);
        all.addAll(assessments);
        all.addAll(actions);
        this.entries = Collections.unmodifiableList(all);
        for (PlanEntry entry : all) {
            counts[entry.kind().ordinal()][entry.outcome().ordinal()]++;
        }
        this.source = source;
    }

    /** What the file says it is: its scope, who wrote it and when. */
    public ExchangeHeader header() {
        return header;
    }

    /** Teams, then assessments, then actions, each in file order. */
    public List<PlanEntry> entries() {
        return entries;
    }

    public List<PlanEntry> with(PlanEntry.Outcome outcome) {
        return entries.stream().filter(entry -> entry.outcome() == outcome).toList();
    }

    public long count(PlanEntry.Kind kind, PlanEntry.Outcome outcome) {
        return counts[kind.ordinal()][outcome.ordinal()];
    }

    /** Of every kind. */
    public long count(PlanEntry.Outcome outcome) {
        long sum = 0;
        for (PlanEntry.Kind kind : PlanEntry.Kind.values()) {
            sum += count(kind, outcome);
        }
        return sum;
    }

    public List<PlanEntry> conflicts() {
        return with(PlanEntry.Outcome.CONFLICT);
    }

    /** True when applying would write something. */
    public boolean changesSomething() {
        return count(PlanEntry.Outcome.ADD) + count(PlanEntry.Outcome.UPDATE) > 0;
    }

    ImportSource source() {
        return source;
    }

    List<PlanEntry> teams() {
        return teams;
    }

    List<PlanEntry> assessments() {
        return assessments;
    }

    List<PlanEntry> actions() {
        return actions;
    }

    /** Collects a plan team by team. */
    static final class Builder {
        private final List<PlanEntry> teams = new ArrayList<>();
        private final List<PlanEntry> assessments = new ArrayList<>();
        private final List<PlanEntry> actions = new ArrayList<>();

        void add(MergeRules.TeamPlan team) {
            teams.add(team.team());
            assessments.addAll(team.assessments());
            actions.addAll(team.actions());
        }

        ImportPlan build(ExchangeHeader header, ImportSource source) {
            return new ImportPlan(header, teams, assessments, actions, source);
        }
    }
}
