package io.debtmeter.core.exchange;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.rubric.RubricWriter;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Targets;
import io.debtmeter.model.Team;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Writes {@code debtmeter-exchange} files (docs/exchange-format.md) from any store, through its
 * public reading methods. The output is deterministic: the same data and clock give the same bytes,
 * so export, import into an empty database and export again gives the same file.
 *
 * <p>Writing to a stream only; creating the file safely (temporary file, then move) is the
 * caller's job.
 */
public final class ExchangeExporter {

    private static final Comparator<Assessment> OLDEST_FIRST = Comparator.comparing(Assessment::date)
            .thenComparing(Assessment::createdAt).thenComparing(a -> a.id().toString());
    private static final Comparator<ActionItem> BY_CREATION = Comparator.comparing(ActionItem::createdAt)
            .thenComparing(a -> a.id().toString());

    private final Clock clock;
    private final String exportedBy;
    private final ExchangeJsonWriter writer = new ExchangeJsonWriter();

    /** Stamped "Debtmeter VERSION" from the jar's manifest ("Debtmeter development build" when run from classes). */
    public ExchangeExporter(Clock clock) {
        this(clock, thisApplication());
    }

    /** "Debtmeter 0.1.0": what {@code exportedBy} says by default. */
    public static String thisApplication() {
        String version = ExchangeExporter.class.getPackage() == null ? null
                : ExchangeExporter.class.getPackage().getImplementationVersion();
        return "Debtmeter " + (version == null ? "development build" : version);
    }

    /**
     * @param clock      gives {@code exportedAt} (tests pass a fixed one)
     * @param exportedBy the application and version, e.g. "Debtmeter 0.1.0"
     */
    public ExchangeExporter(Clock clock, String exportedBy) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.exportedBy = Objects.requireNonNull(exportedBy, "exportedBy");
    }

    /** One assessment, its team (the record only) and the actions raised in it. */
    public void exportAssessment(AssessmentStore store, UUID assessmentId, OutputStream out) throws IOException {
        write(assessmentDocument(store, assessmentId), out);
    }

    /** A team with its whole history: every assessment and every action. */
    public void exportTeam(AssessmentStore store, UUID teamId, OutputStream out) throws IOException {
        write(teamDocument(store, teamId), out);
    }

    /** Every team of the database. */
    public void exportDatabase(AssessmentStore store, OutputStream out) throws IOException {
        exportDatabase(store, out, TransferProgress.NONE);
    }

    /**
     * Every team of the database, read and written one team at a time, so a database of any size
     * is never held whole: the rubric snapshots in use (which come first in the file) are asked for
     * first, then each team is read (on a second thread, a few teams ahead: {@link ReadAhead})
     * and written. The same bytes as {@link #databaseDocument}
     * written by {@link #write}.
     *
     * @param progress told after each team (teams done of all); asked whether to stop
     * @throws TransferCancelledException when {@code progress} asked to stop (the caller discards what was written)
     */
    public void exportDatabase(AssessmentStore store, OutputStream out, TransferProgress progress) throws IOException {
        List<Team> teams = new ArrayList<>(store.teams());
        teams.sort(Comparator.comparing(team -> team.id().toString()));
        Snapshots snapshots = new Snapshots();
        store.rubricsInUse().forEach(snapshots::of);
        progress.stopIfCancelled();
        ExchangeHeader header = new ExchangeHeader(ExchangeFormat.VERSION, clock.instant(), exportedBy, ExchangeScope.DATABASE);
        List<ExchangeRubric> written = List.copyOf(snapshots.bySha.values());
        try (com.fasterxml.jackson.core.JsonGenerator json = writer.begin(out, header, written);
             ReadAhead<ExchangeTeam, Void> ahead = new ReadAhead<>("export-read-ahead", each -> {
                 for (Team team : teams) {
                     each.accept(team(store, team, store.assessments(team.id()), store.actions(team.id()), snapshots));
                     if (snapshots.bySha.size() != written.size()) {
                         // Written meanwhile (another window or process): the file would name a snapshot it does not hold.
                         throw new StoreException("The database changed while it was being exported (an assessment"
                                 + " with another rubric was added); export again.");
                     }
                 }
                 return null;
             })) {
            long records = 0;
            for (int i = 0; i < teams.size(); i++) {
                ExchangeTeam entry = next(ahead);
                ExchangeJsonWriter.writeTeam(json, entry);
                records += 1 + entry.assessments().size() + entry.actions().size();
                progress.update(i + 1, teams.size(), records);
                progress.stopIfCancelled();
            }
            writer.end(json);
        }
    }

    /** The next team read: reading the database throws no checked exception but an {@link IOException}. */
    private static ExchangeTeam next(ReadAhead<ExchangeTeam, Void> ahead) throws IOException {
        try {
            return ahead.next();
        } catch (InvalidExchangeFileException e) {
            throw new IllegalStateException("An export reads no exchange file", e);
        }
    }

    public void write(ExchangeDocument document, OutputStream out) throws IOException {
        writer.write(document, out);
    }

    public ExchangeDocument assessmentDocument(AssessmentStore store, UUID assessmentId) {
        Assessment assessment = store.assessment(assessmentId)
                .orElseThrow(() -> new NoSuchElementException("There is no assessment with id " + assessmentId + "."));
        Team team = requireTeam(store, assessment.teamId());
        List<ActionItem> actions = store.actions(team.id()).stream()
                .filter(action -> assessmentId.equals(action.raisedIn())).toList();
        Snapshots snapshots = new Snapshots();
        ExchangeTeam entry = team(store, team, List.of(assessment), actions, snapshots);
        return document(ExchangeScope.ASSESSMENT, List.of(entry), snapshots);
    }

    /**
     * One assessment as a window holds it, without asking a store: for answers that could not be saved
     * (the shared database went away) to leave with the person in a file that {@code import} merges later.
     * {@code snapshot} is the rubric as stored (not shown in another language); {@code assessment}'s
     * changed time should be the time of the export, so that the merge takes this copy as the newer one.
     */
    public ExchangeDocument heldAssessmentDocument(Team team, Assessment assessment, Rubric snapshot,
                                                   Map<String, ItemResponse> responses, Targets targets,
                                                   List<ActionItem> actions) {
        Snapshots snapshots = new Snapshots();
        List<ActionItem> sortedActions = actions.stream().filter(action -> assessment.id().equals(action.raisedIn()))
                .sorted(BY_CREATION).toList();
        ExchangeAssessment entry = new ExchangeAssessment(assessment, snapshots.of(snapshot),
                inRubricOrder(snapshot, responses), targets);
        return document(ExchangeScope.ASSESSMENT, List.of(new ExchangeTeam(team, List.of(entry), sortedActions)),
                snapshots);
    }

    public ExchangeDocument teamDocument(AssessmentStore store, UUID teamId) {
        Team team = requireTeam(store, teamId);
        Snapshots snapshots = new Snapshots();
        ExchangeTeam entry = team(store, team, store.assessments(teamId), store.actions(teamId), snapshots);
        return document(ExchangeScope.TEAM, List.of(entry), snapshots);
    }

    public ExchangeDocument databaseDocument(AssessmentStore store) {
        Snapshots snapshots = new Snapshots();
        List<ExchangeTeam> teams = new ArrayList<>();
        for (Team team : store.teams()) {
            teams.add(team(store, team, store.assessments(team.id()), store.actions(team.id()), snapshots));
        }
        return document(ExchangeScope.DATABASE, teams, snapshots);
    }

    private ExchangeDocument document(ExchangeScope scope, List<ExchangeTeam> teams, Snapshots snapshots) {
        List<ExchangeTeam> sorted = new ArrayList<>(teams);
        sorted.sort(Comparator.comparing(team -> team.team().id().toString()));
        return new ExchangeDocument(ExchangeFormat.VERSION, clock.instant(), exportedBy, scope,
                List.copyOf(snapshots.bySha.values()), sorted);
    }

    private static Team requireTeam(AssessmentStore store, UUID teamId) {
        return store.team(teamId).orElseThrow(() -> new NoSuchElementException("There is no team with id " + teamId + "."));
    }

    private static ExchangeTeam team(AssessmentStore store, Team team, List<Assessment> assessments,
                                     List<ActionItem> actions, Snapshots snapshots) {
        List<Assessment> oldestFirst = new ArrayList<>(assessments);
        oldestFirst.sort(OLDEST_FIRST);
        List<UUID> ids = oldestFirst.stream().map(Assessment::id).toList();
        Map<UUID, Map<String, ItemResponse>> responses = store.responses(ids);
        Map<UUID, Rubric> rubrics = store.rubricsOf(ids);
        Map<UUID, Targets> targets = store.targets(ids);
        List<ExchangeAssessment> entries = new ArrayList<>(ids.size());
        for (Assessment assessment : oldestFirst) {
            Rubric rubric = rubrics.get(assessment.id());
            entries.add(new ExchangeAssessment(assessment, snapshots.of(rubric),
                    inRubricOrder(rubric, responses.getOrDefault(assessment.id(), Map.of())),
                    targets.get(assessment.id())));
        }
        List<ActionItem> sortedActions = new ArrayList<>(actions);
        sortedActions.sort(BY_CREATION);
        return new ExchangeTeam(team, entries, sortedActions);
    }

    /**
     * Responses in the order of the rubric's items, so a person reading the file finds them as in the
     * app; any to an item the rubric lacks (none the store would keep) last, by item id. Picked by
     * item rather than sorted: an export orders 600,000 of them.
     */
    private static List<ItemResponse> inRubricOrder(Rubric rubric, Map<String, ItemResponse> responses) {
        List<ItemResponse> ordered = new ArrayList<>(responses.size());
        for (Item item : rubric.items()) {
            ItemResponse response = responses.get(item.id());
            if (response != null) {
                ordered.add(response);
            }
        }
        if (ordered.size() < responses.size()) {
            responses.values().stream().filter(response -> rubric.item(response.itemId()).isEmpty())
                    .sorted(Comparator.comparing(ItemResponse::itemId)).forEach(ordered::add);
        }
        return ordered;
    }

    /**
     * The snapshots met so far, by SHA-256. The store hands out one object per distinct snapshot, so
     * each is written to JSON once however many assessments share it.
     */
    private static final class Snapshots {
        private final RubricWriter rubricWriter = new RubricWriter();
        private final Map<Rubric, ExchangeRubric> byRubric = new IdentityHashMap<>();
        private final Map<String, ExchangeRubric> bySha = new TreeMap<>();

        ExchangeRubric of(Rubric rubric) {
            ExchangeRubric known = byRubric.get(rubric);
            if (known == null) {
                String content = new String(rubricWriter.toJson(rubric), StandardCharsets.UTF_8);
                String sha = ExchangeFormat.sha256(content);
                known = bySha.computeIfAbsent(sha, key -> new ExchangeRubric(key, rubric.id(), rubric.version(), content, rubric));
                byRubric.put(rubric, known);
            }
            return known;
        }
    }
}
