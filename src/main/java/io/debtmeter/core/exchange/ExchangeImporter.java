package io.debtmeter.core.exchange;

import io.debtmeter.core.platform.ProblemTexts;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.BulkWrites;
import io.debtmeter.core.assessment.ImportWrites;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.rubric.RubricWriter;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Merges an exchange file into a database by id, in two steps: {@link #plan} says what would be
 * added, updated, left unchanged or left in conflict, without writing; {@link #apply} writes it in
 * one transaction, and refuses if the database changed since the plan was made. The rule is in
 * docs/decisions/0007-exchange-merge.md and in {@link MergeRules}. Writing needs a store that
 * offers {@link BulkWrites}: the file's ids and times are kept, which the ordinary methods cannot.
 *
 * <p>A file is streamed, one record at a time, on both steps (decision 0028): planning reads and
 * checks it whole and keeps only the outcomes; applying reads it again inside the transaction,
 * plans each team again before writing it, and refuses, undoing everything, as soon as an outcome
 * differs from the preview or the file's bytes differ from those planned.
 */
public final class ExchangeImporter {

    /** Null for an importer that only plans against a database that does not exist yet. */
    private final AssessmentStore store;
    private final ProblemTexts texts;

    /** Gives its reasons and refusals in English. */
    public ExchangeImporter(AssessmentStore store) {
        this(store, Locale.ENGLISH);
    }

    /** Gives the plan's reasons and its refusals in {@code language}: Japanese for {@code ja}, English for any other. */
    public ExchangeImporter(AssessmentStore store, Locale language) {
        this.store = Objects.requireNonNull(store, "store");
        this.texts = ProblemTexts.of(language);
    }

    private ExchangeImporter(Locale language) {
        this.store = null;
        this.texts = ProblemTexts.of(language);
    }

    /**
     * An importer that plans against a database that does not exist yet, so that everything shows as
     * to be added, without creating one (a dry run, or an import before it has proved the file valid).
     * It cannot {@link #apply}: apply the plan with an importer of the database once it is made.
     */
    public static ExchangeImporter planningForNewDatabase(Locale language) {
        return new ExchangeImporter(language);
    }

    /** The preview of a document already in memory: reads the database, writes nothing. */
    public ImportPlan plan(ExchangeDocument document) {
        return new MergeRules(store, texts).plan(document);
    }

    /** The preview of a file, read as a stream with every check of {@link ExchangeReader}: writes nothing. */
    public ImportPlan plan(Path file, TransferProgress progress) throws IOException, InvalidExchangeFileException {
        return plan(new ExchangeReader(texts.locale()), file, progress);
    }

    /** @param reader its size limit applies */
    public ImportPlan plan(ExchangeReader reader, Path file, TransferProgress progress)
            throws IOException, InvalidExchangeFileException {
        ImportSource source = ImportSource.of(new ExchangeFileStream(reader, file));
        MergeRules rules = new MergeRules(store, texts);
        ImportPlan.Builder plan = new ImportPlan.Builder();
        // The file is read and checked on a second thread while each team read is compared with the database here.
        try (ReadAhead<ExchangeTeam, ExchangeHeader> teams = new ReadAhead<>("import-read-ahead",
                each -> source.teams(true, known(), progress, each))) {
            for (ExchangeTeam team = teams.next(); team != null; team = teams.next()) {
                plan.add(rules.plan(team));
            }
            return plan.build(teams.result(), source);
        }
    }

    /** Records stored exactly as a file has them are known by their fingerprints (decision 0037). */
    private StoredRecords known() {
        return store == null ? StoredRecords.NONE : StoredRecords.of(store);
    }

    /** {@link #apply(ImportPlan, TransferProgress)} without progress. */
    public ImportPlan apply(ImportPlan plan) {
        return apply(plan, TransferProgress.NONE);
    }

    /**
     * Carries out the plan in one transaction: everything planned, or on any failure nothing.
     *
     * @return the plan as carried out (the one given)
     * @throws PlanOutdatedException       when the database or the file changed since the plan was made
     * @throws TransferCancelledException  when {@code progress} asked to stop
     * @throws StoreException              when the database refused a write (locked, full, read-only)
     * @throws UncheckedIOException        when the file could no longer be read
     */
    public ImportPlan apply(ImportPlan plan, TransferProgress progress) {
        BulkWrites bulk = bulkWrites(plan, progress);
        return bulk.applyImport(writes -> {
            replay(plan, progress, team -> team.accept(writes));
            return plan;
        });
    }

    /**
     * Carries out the plan one team at a time, each team in a transaction of its own: for copying a
     * whole database to another (issue 24), where one transaction around hundreds of teams would hold
     * the shared database's write lock for minutes. On a failure the teams already told to {@code
     * written} stay, each whole, and the rest is left; as import merges by id, running it again
     * finishes the job without copying anything twice.
     *
     * @param written told after each team's transaction committed, with the number committed so far
     * @throws PlanOutdatedException when the database or the file changed since the plan was made
     */
    public ImportPlan applyEachTeamApart(ImportPlan plan, TransferProgress progress, IntConsumer written) {
        BulkWrites bulk = bulkWrites(plan, progress);
        int[] committed = {0};
        replay(plan, progress, team -> {
            bulk.applyImport(writes -> {
                team.accept(writes);
                return null;
            });
            written.accept(++committed[0]);
        });
        return plan;
    }

    private BulkWrites bulkWrites(ImportPlan plan, TransferProgress progress) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(progress, "progress");
        if (store == null) {
            throw new IllegalStateException("This importer plans against a database that does not exist yet; apply with one of the database");
        }
        if (!(store instanceof BulkWrites bulk)) {
            throw new StoreException(texts.get("import.notSupported"));
        }
        return bulk;
    }

    /**
     * The second pass over the file: each team planned again against the database as it is now (any
     * difference from the preview means it changed in between) and handed to {@code inTransaction} as
     * the writes that carry it out, for it to run in the transaction it chooses.
     */
    private void replay(ImportPlan plan, TransferProgress progress, Consumer<Consumer<ImportWrites>> inTransaction) {
        MergeRules rules = new MergeRules(store, texts);
        StoredSnapshots snapshots = new StoredSnapshots();
        Expected expected = new Expected(plan, texts.get("import.databaseChanged"));
        try {
            plan.source().teams(false, known(), progress, team -> inTransaction.accept(writes -> {
                MergeRules.TeamPlan now = rules.plan(team);
                expected.check(now);
                write(team, now, writes, snapshots);
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidExchangeFileException e) {
            throw new PlanOutdatedException(texts.get("import.fileChanged", e.source()));
        }
        expected.checkEnd();
    }

    /** Team first, then its assessments, then its actions: each may need what comes before it. */
    private static void write(ExchangeTeam team, MergeRules.TeamPlan plan, ImportWrites writes, StoredSnapshots snapshots) {
        if (plan.team().outcome() == PlanEntry.Outcome.ADD) {
            writes.addTeam(team.team());
        } else if (plan.team().outcome() == PlanEntry.Outcome.UPDATE) {
            writes.updateTeam(team.team());
        }
        List<ExchangeAssessment> assessments = team.assessments();
        for (int i = 0; i < assessments.size(); i++) {
            ExchangeAssessment entry = assessments.get(i);
            Assessment assessment = entry.assessment();
            PlanEntry.Outcome outcome = plan.assessments().get(i).outcome();
            boolean writing = outcome == PlanEntry.Outcome.ADD || outcome == PlanEntry.Outcome.UPDATE;
            if (writing && !entry.answersRead()) {
                throw new IllegalStateException("The answers of assessment " + assessment.id() + " were not read");
            }
            if (outcome == PlanEntry.Outcome.ADD) {
                writes.addAssessment(assessment, entry.rubric().rubric(), entry.responses(), entry.targets());
            } else if (outcome == PlanEntry.Outcome.UPDATE) {
                writes.replaceAssessment(assessment, entry.rubric().rubric(), entry.responses(), entry.targets());
            }
            // Remembered only when the record names its snapshot as the database keys it (decision 0037).
            if (entry.fingerprint() != null && writing && snapshots.storedUnderItsHash(entry.rubric())) {
                writes.rememberRecord(assessment.id(), entry.fingerprint());
            }
        }
        List<ActionItem> actions = team.actions();
        for (int i = 0; i < actions.size(); i++) {
            PlanEntry.Outcome outcome = plan.actions().get(i).outcome();
            ActionItem action = actions.get(i);
            if (outcome == PlanEntry.Outcome.ADD) {
                writes.addAction(action);
            } else if (outcome == PlanEntry.Outcome.UPDATE) {
                writes.updateAction(action);
            }
            // Only an added action is stored exactly as its record: an update keeps the assessment it was raised in.
            String fingerprint = team.actionFingerprints().get(action.id());
            if (fingerprint != null && outcome == PlanEntry.Outcome.ADD) {
                writes.rememberAction(action.id(), fingerprint);
            }
        }
    }

    /** Whether a snapshot's hash in the file is the one the database keys it by: true for every file Debtmeter writes. */
    private static final class StoredSnapshots {
        private final RubricWriter writer = new RubricWriter();
        private final Map<ExchangeRubric, Boolean> checked = new IdentityHashMap<>();

        boolean storedUnderItsHash(ExchangeRubric snapshot) {
            return checked.computeIfAbsent(snapshot, s -> s.sha256().equals(ExchangeFormat.sha256(
                    new String(writer.toJson(s.rubric()), StandardCharsets.UTF_8))));
        }
    }

    /** Walks the preview alongside the second pass: any difference means the database changed in between. */
    private static final class Expected {
        private final ImportPlan plan;
        private final String outdated;
        private int teams;
        private int assessments;
        private int actions;

        Expected(ImportPlan plan, String outdated) {
            this.plan = plan;
            this.outdated = outdated;
        }

        void check(MergeRules.TeamPlan now) {
            boolean same = teams < plan.teams().size() && plan.teams().get(teams).equals(now.team())
                    && same(plan.assessments(), assessments, now.assessments())
                    && same(plan.actions(), actions, now.actions());
            if (!same) {
                throw new PlanOutdatedException(outdated);
            }
            teams++;
            assessments += now.assessments().size();
            actions += now.actions().size();
        }

        void checkEnd() {
            if (teams != plan.teams().size() || assessments != plan.assessments().size()
                    || actions != plan.actions().size()) {
                throw new PlanOutdatedException(outdated);
            }
        }

        private static boolean same(List<PlanEntry> planned, int from, List<PlanEntry> now) {
            return from + now.size() <= planned.size() && planned.subList(from, from + now.size()).equals(now);
        }
    }
}
