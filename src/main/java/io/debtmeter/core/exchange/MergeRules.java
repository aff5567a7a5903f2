package io.debtmeter.core.exchange;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.platform.ProblemTexts;
import io.debtmeter.core.rubric.RubricWriter;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Targets;
import io.debtmeter.model.Team;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The merge rule of docs/decisions/0007-exchange-merge.md, applied to each record of a file
 * against the database, reading only:
 * <ul>
 *   <li>not in the database: added (a team whose name another team has here: conflict);</li>
 *   <li>the same in both (times aside): unchanged;</li>
 *   <li>different, and the file's {@code updatedAt} is later: updated to the file's copy;</li>
 *   <li>different, and the database's copy is as new or newer: conflict, left as it is;</li>
 *   <li>what cannot be merged at all (an assessment of another team or rubric here): conflict.</li>
 * </ul>
 * The records of a team that could not be added are conflicts too.
 */
final class MergeRules {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final LocalRecords here;
    private final RubricWriter rubricWriter = new RubricWriter();
    /** Canonical hash by rubric object: the store hands out one object per snapshot. */
    private final Map<Rubric, String> hashes = new IdentityHashMap<>();

    /** What the rule says of one team of the file and everything in it, each list in file order. */
    record TeamPlan(PlanEntry team, List<PlanEntry> assessments, List<PlanEntry> actions) {
    }

    private final ProblemTexts texts;

    /** Gives its reasons in the language of {@code texts}. */
    MergeRules(AssessmentStore store, ProblemTexts texts) {
        this.here = new LocalRecords(store);
        this.texts = texts;
    }

    ImportPlan plan(ExchangeDocument document) {
        ImportPlan.Builder plan = new ImportPlan.Builder();
        document.teams().forEach(team -> plan.add(plan(team)));
        return plan.build(document.header(), ImportSource.of(document));
    }

    /** One team at a time, so a file need never be held whole. */
    TeamPlan plan(ExchangeTeam entry) {
        Team local = here.team(entry.team().id());
        PlanEntry teamEntry = team(entry.team(), local);
        boolean teamThere = local != null || teamEntry.outcome() == PlanEntry.Outcome.ADD;
        LocalCopies copies = teamThere ? here.copies(local, entry) : null;
        List<PlanEntry> assessmentEntries = new ArrayList<>(entry.assessments().size());
        Map<UUID, PlanEntry> assessmentOutcomes = new HashMap<>();
        for (ExchangeAssessment assessment : entry.assessments()) {
            PlanEntry planned = teamThere ? assessment(entry.team(), assessment, copies)
                    : blocked(PlanEntry.Kind.ASSESSMENT, assessment.assessment().id(), name(entry.team(), assessment));
            assessmentEntries.add(planned);
            assessmentOutcomes.put(planned.id(), planned);
        }
        // Actions known by their fingerprints are the database's copies (decision 0037): the rest are read.
        boolean allKnown = entry.actionsStoredAsRead().size() == entry.actions().size();
        Map<UUID, ActionItem> localActions = allKnown ? Map.of() : here.actions(local);
        List<PlanEntry> actionEntries = new ArrayList<>(entry.actions().size());
        for (ActionItem action : entry.actions()) {
            ActionItem localAction = entry.actionsStoredAsRead().contains(action.id()) ? action
                    : localActions.containsKey(action.id()) ? localActions.get(action.id()) : here.elsewhere(action.id());
            actionEntries.add(teamThere ? action(entry.team(), action, localAction, assessmentOutcomes)
                    : blocked(PlanEntry.Kind.ACTION, action.id(), name(entry.team(), action)));
        }
        return new TeamPlan(teamEntry, assessmentEntries, actionEntries);
    }

    // --- teams ---------------------------------------------------------------------------

    private PlanEntry team(Team incoming, Team local) {
        Team sameName = here.teamNamed(incoming.name());
        boolean nameTakenByOther = sameName != null && !sameName.id().equals(incoming.id());
        if (local == null) {
            return nameTakenByOther
                    ? entry(PlanEntry.Kind.TEAM, incoming.id(), incoming.name(), PlanEntry.Outcome.CONFLICT,
                    texts.get("merge.teamNameTaken", sameName.name()), null)
                    : entry(PlanEntry.Kind.TEAM, incoming.id(), incoming.name(), PlanEntry.Outcome.ADD, "", null);
        }
        if (local.name().equals(incoming.name())) {
            return entry(PlanEntry.Kind.TEAM, incoming.id(), incoming.name(), PlanEntry.Outcome.UNCHANGED, "", local.updatedAt());
        }
        if (!incoming.updatedAt().isAfter(local.updatedAt())) {
            return entry(PlanEntry.Kind.TEAM, incoming.id(), incoming.name(), PlanEntry.Outcome.CONFLICT,
                    texts.get("merge.teamChangedHere", local.name(), shown(local.updatedAt()), shown(incoming.updatedAt())),
                    local.updatedAt());
        }
        if (nameTakenByOther) {
            return entry(PlanEntry.Kind.TEAM, incoming.id(), incoming.name(), PlanEntry.Outcome.CONFLICT,
                    texts.get("merge.renameTaken", local.name()), local.updatedAt());
        }
        return entry(PlanEntry.Kind.TEAM, incoming.id(), incoming.name(), PlanEntry.Outcome.UPDATE,
                texts.get("merge.renamedFrom", local.name()), local.updatedAt());
    }

    // --- assessments ---------------------------------------------------------------------

    private PlanEntry assessment(Team team, ExchangeAssessment entry, LocalCopies copies) {
        Assessment incoming = entry.assessment();
        String name = name(team, entry);
        if (!entry.answersRead()) {
            // Known by its fingerprint, read from the database with its team (decision 0037): stored as in the file.
            return entry(PlanEntry.Kind.ASSESSMENT, incoming.id(), name, PlanEntry.Outcome.UNCHANGED, "", incoming.updatedAt());
        }
        Optional<Assessment> found = copies.assessment(incoming.id());
        if (found.isEmpty()) {
            return entry(PlanEntry.Kind.ASSESSMENT, incoming.id(), name, PlanEntry.Outcome.ADD, "", null);
        }
        Assessment local = found.get();
        if (!local.teamId().equals(incoming.teamId())) {
            return entry(PlanEntry.Kind.ASSESSMENT, incoming.id(), name, PlanEntry.Outcome.CONFLICT,
                    texts.get("merge.assessmentOfAnotherTeam"), local.updatedAt());
        }
        if (!hash(copies.rubric(local.id())).equals(hash(entry.rubric().rubric()))) {
            return entry(PlanEntry.Kind.ASSESSMENT, incoming.id(), name, PlanEntry.Outcome.CONFLICT,
                    texts.get("merge.otherSnapshot", local.rubricId() + " " + local.rubricVersion(),
                            incoming.rubricId() + " " + incoming.rubricVersion()),
                    local.updatedAt());
        }
        // The same in every detail; the store's responses come keyed by item already.
        boolean same = sameDetails(local, incoming)
                && copies.responses(local.id()).equals(byItem(entry.responses()))
                && sameTargets(copies.targets(local.id()), entry.targets());
        if (same) {
            return entry(PlanEntry.Kind.ASSESSMENT, incoming.id(), name, PlanEntry.Outcome.UNCHANGED, "", local.updatedAt());
        }
        if (!incoming.updatedAt().isAfter(local.updatedAt())) {
            return entry(PlanEntry.Kind.ASSESSMENT, incoming.id(), name, PlanEntry.Outcome.CONFLICT,
                    texts.get("merge.changedHere", shown(local.updatedAt()), shown(incoming.updatedAt()),
                            local.isFinal() ? texts.get("merge.final") : ""),
                    local.updatedAt());
        }
        return entry(PlanEntry.Kind.ASSESSMENT, incoming.id(), name, PlanEntry.Outcome.UPDATE,
                texts.get("merge.newerThanThis", shown(incoming.updatedAt()), shown(local.updatedAt())), local.updatedAt());
    }

    private static boolean sameDetails(Assessment local, Assessment incoming) {
        return local.date().equals(incoming.date()) && local.period().equals(incoming.period())
                && local.participants().equals(incoming.participants()) && local.status() == incoming.status()
                && local.createdAt().equals(incoming.createdAt());
    }

    private static Map<String, ItemResponse> byItem(java.util.Collection<ItemResponse> responses) {
        Map<String, ItemResponse> map = new HashMap<>();
        responses.forEach(response -> map.put(response.itemId(), response));
        return map;
    }

    private static boolean sameTargets(Targets local, Targets incoming) {
        return local.categoryMaturity().equals(incoming.categoryMaturity()) && local.itemLevel().equals(incoming.itemLevel());
    }

    // --- actions -------------------------------------------------------------------------

    private PlanEntry action(Team team, ActionItem incoming, ActionItem local, Map<UUID, PlanEntry> assessments) {
        String name = name(team, incoming);
        if (local == null) {
            PlanEntry raisedIn = incoming.raisedIn() == null ? null : assessments.get(incoming.raisedIn());
            if (raisedIn != null && raisedIn.outcome() == PlanEntry.Outcome.CONFLICT && raisedIn.localUpdatedAt().isEmpty()) {
                return entry(PlanEntry.Kind.ACTION, incoming.id(), name, PlanEntry.Outcome.CONFLICT,
                        texts.get("merge.raisedInNotImported", raisedIn.name()), null);
            }
            return entry(PlanEntry.Kind.ACTION, incoming.id(), name, PlanEntry.Outcome.ADD, "", null);
        }
        boolean sameOrigin = local.teamId().equals(incoming.teamId()) && local.itemId().equals(incoming.itemId()) && local.createdAt().equals(incoming.createdAt())
                && (local.raisedIn() == null || incoming.raisedIn() == null || local.raisedIn().equals(incoming.raisedIn()));
        if (!sameOrigin) {
            return entry(PlanEntry.Kind.ACTION, incoming.id(), name, PlanEntry.Outcome.CONFLICT,
                    texts.get("merge.actionElsewhere"), local.updatedAt());
        }
        boolean same = local.text().equals(incoming.text()) && local.owner().equals(incoming.owner())
                && local.due().equals(incoming.due()) && local.status() == incoming.status();
        if (same) {
            return entry(PlanEntry.Kind.ACTION, incoming.id(), name, PlanEntry.Outcome.UNCHANGED, "", local.updatedAt());
        }
        if (!incoming.updatedAt().isAfter(local.updatedAt())) {
            return entry(PlanEntry.Kind.ACTION, incoming.id(), name, PlanEntry.Outcome.CONFLICT,
                    texts.get("merge.changedHere", shown(local.updatedAt()), shown(incoming.updatedAt()), ""),
                    local.updatedAt());
        }
        return entry(PlanEntry.Kind.ACTION, incoming.id(), name, PlanEntry.Outcome.UPDATE,
                texts.get("merge.newer", shown(incoming.updatedAt())), local.updatedAt());
    }

    // --- helpers -------------------------------------------------------------------------

    private PlanEntry blocked(PlanEntry.Kind kind, UUID id, String name) {
        return entry(kind, id, name, PlanEntry.Outcome.CONFLICT, texts.get("merge.teamNotImported"), null);
    }

    private static PlanEntry entry(PlanEntry.Kind kind, UUID id, String name, PlanEntry.Outcome outcome, String reason,
                                   Instant localUpdatedAt) {
        return new PlanEntry(kind, id, name, outcome, reason, Optional.ofNullable(localUpdatedAt));
    }

    /** "Search ranking · 2026-Q3"; the date when the period is blank. */
    static String name(Team team, ExchangeAssessment entry) {
        Assessment assessment = entry.assessment();
        String when = assessment.period().isBlank() ? assessment.date().toString() : assessment.period();
        return team.name() + " · " + when;
    }

    /** "Search ranking · action “Add a data test”", the text cut at 40 characters. */
    String name(Team team, ActionItem action) {
        String text = action.text().strip();
        if (text.codePointCount(0, text.length()) > 40) {
            text = text.substring(0, text.offsetByCodePoints(0, 39)) + "…";
        }
        return texts.get("merge.actionName", team.name(), text);
    }

    private String hash(Rubric rubric) {
        return hashes.computeIfAbsent(Objects.requireNonNull(rubric, "rubric"), r -> ExchangeFormat.sha256(
                new String(rubricWriter.toJson(r), java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String shown(Instant time) {
        return SHOWN.format(time);
    }
}
