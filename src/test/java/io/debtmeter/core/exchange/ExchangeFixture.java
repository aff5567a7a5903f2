package io.debtmeter.core.exchange;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.BulkWrites;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.assessment.TeamBundle;
import io.debtmeter.core.sample.SampleGenerator;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestClock;
import io.debtmeter.testsupport.TestRubrics;
import io.debtmeter.testsupport.TestStores;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A small database with something of every kind an export carries: two teams, three assessments
 * of two rubric snapshots, every answer state, notes in several scripts, evidence, votes, carried
 * answers, targets, actions open and done, with and without a due date; times known exactly.
 */
public final class ExchangeFixture {

    public static final Instant START = Instant.parse("2026-06-30T09:00:00.000Z");
    static final Clock EXPORT_CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00.000Z"), ZoneOffset.UTC);
    static final String EXPORTED_BY = "Debtmeter test";

    /** The ids a test may want to reach. */
    public record Ids(Team search, Assessment q2, Assessment q3, Team fraud, Assessment fraudQ3, ActionItem dataTest) {
    }

    private ExchangeFixture() {
    }

    public static AssessmentStore open(Path file, TestClock clock) {
        try {
            return TestStores.open(file, clock);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A store holding the fixture less its second team, and the export of the whole fixture taken before. */
    record StoreAndExport(AssessmentStore store, byte[] export) {
    }

    /**
     * Opens and fills a store at this file, exports it, then removes the fixture's second team
     * ("Fraud detection"), so that importing the export back would add something.
     */
    static StoreAndExport filledLessItsSecondTeam(Path file) {
        TestClock clock = new TestClock(START);
        AssessmentStore store = open(file, clock);
        fill(store, clock);
        byte[] export = exportDatabase(store);
        store.deleteTeam(store.teams().stream().filter(t -> t.name().equals("Fraud detection")).findFirst().orElseThrow().id());
        return new StoreAndExport(store, export);
    }

    /** The export of the whole fixture, from a store at this file that is filled, exported and closed. */
    public static byte[] exportOfAFilledStore(Path file) {
        return exportOfAFilledStore(clock -> open(file, clock));
    }

    /** The same from a store of any kind, opened with the fixture's clock by {@code opener}. */
    public static byte[] exportOfAFilledStore(java.util.function.Function<TestClock, AssessmentStore> opener) {
        TestClock clock = new TestClock(START);
        try (AssessmentStore source = opener.apply(clock)) {
            fill(source, clock);
            return exportDatabase(source);
        }
    }

    public static Ids fill(AssessmentStore store, TestClock clock) {
        Team search = store.createTeam("Search ranking");
        tick(clock);
        Assessment q2 = store.createAssessment(new NewAssessment(search.id(), TestRubrics.tiny(),
                LocalDate.parse("2026-06-30"), "2026-Q2", List.of("Ana", "Bo"), Optional.empty()));
        tick(clock);
        store.saveResponse(q2.id(), new ItemResponse("p1", Optional.of(new Answer.Level(0.5)),
                "Données: 日本語のメモ, кириллица", List.of("https://wiki.example/p1"), Map.of("0.5", 2, "1", 1), false));
        tick(clock);
        store.saveResponse(q2.id(), new ItemResponse("p2", Optional.of(new Answer.NotApplicable()), "", List.of(),
                Map.of(), false));
        tick(clock);
        store.saveResponse(q2.id(), new ItemResponse("l1", Optional.of(new Answer.Choice("yes")), "", List.of(),
                Map.of("yes", 3), false));
        tick(clock);
        store.setCategoryTarget(q2.id(), "c1", OptionalDouble.of(60));
        store.setItemTarget(q2.id(), "p1", OptionalDouble.of(1));
        tick(clock);
        ActionItem dataTest = store.addAction(q2.id(), "p1", "Add a data test", "Ana",
                Optional.of(LocalDate.parse("2026-09-30")));
        tick(clock);
        dataTest = store.updateAction(new ActionItem(dataTest.id(), dataTest.teamId(), dataTest.raisedIn(),
                dataTest.itemId(), dataTest.text(), dataTest.owner(), dataTest.due(), ActionStatus.DONE,
                dataTest.createdAt(), dataTest.updatedAt()));
        tick(clock);
        q2 = store.finish(q2.id());
        tick(clock);
        Assessment q3 = store.createAssessment(new NewAssessment(search.id(), TestRubrics.tiny(),
                LocalDate.parse("2026-09-30"), "2026-Q3", List.of("Ana", "Chen"), Optional.of(q2.id())));
        tick(clock);
        store.saveResponse(q3.id(), new ItemResponse("p1", Optional.of(new Answer.Level(1)), "now automated",
                List.of(), Map.of(), false));
        tick(clock);
        store.saveResponse(q3.id(), new ItemResponse("p2", Optional.empty(), "unsure: ask the platform team",
                List.of(), Map.of(), false));
        tick(clock);
        store.addAction(q3.id(), "l1", "Ask the platform team", "", Optional.empty());
        tick(clock);
        Team fraud = store.createTeam("Fraud detection");
        tick(clock);
        Assessment fraudQ3 = store.createAssessment(new NewAssessment(fraud.id(), TestRubrics.tinyVersion2(),
                LocalDate.parse("2026-09-15"), "", List.of(), Optional.empty()));
        tick(clock);
        store.saveResponse(fraudQ3.id(), new ItemResponse("p3", Optional.of(new Answer.Level(0)), "", List.of(),
                Map.of(), false));
        tick(clock);
        return new Ids(search, store.assessment(q2.id()).orElseThrow(), store.assessment(q3.id()).orElseThrow(),
                fraud, store.assessment(fraudQ3.id()).orElseThrow(), dataTest);
    }

    /**
     * A store at this file filled with generated teams of the default rubric (the sample generator,
     * as {@code debtmeter sample --teams T --assessments A} makes them): a large file for the streamed paths.
     */
    static AssessmentStore generated(Path file, int teams, int quarters) {
        AssessmentStore store = open(file, new TestClock(START));
        SampleGenerator generator = new SampleGenerator(TestRubrics.defaultRubric(), 7, LocalDate.of(2026, 11, 26));
        List<TeamBundle> bundles = new ArrayList<>();
        for (int i = 0; i < teams; i++) {
            bundles.add(generator.team(i, "Team " + (i + 1), quarters));
        }
        ((BulkWrites) store).importTeams(bundles);
        return store;
    }

    static void tick(TestClock clock) {
        clock.advance(Duration.ofSeconds(1));
    }

    static ExchangeExporter exporter() {
        return new ExchangeExporter(EXPORT_CLOCK, EXPORTED_BY);
    }

    public static byte[] exportDatabase(AssessmentStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter().exportDatabase(store, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static ExchangeDocument read(byte[] content) {
        try {
            return new ExchangeReader().parse("test.json", content);
        } catch (InvalidExchangeFileException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }
}
