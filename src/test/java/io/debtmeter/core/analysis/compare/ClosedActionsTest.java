package io.debtmeter.core.analysis.compare;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.debtmeter.core.analysis.compare.AssessmentComparerTest.ADS;
import static io.debtmeter.core.analysis.compare.AssessmentComparerTest.SEARCH;
import static io.debtmeter.core.analysis.compare.AssessmentComparerTest.q1;
import static io.debtmeter.core.analysis.compare.AssessmentComparerTest.q2;
import static io.debtmeter.core.analysis.compare.AssessmentComparerTest.q3;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule: DONE or DROPPED, and before.date() <= date of closedAt <= after.date(), both ends included.
 * (Built with the ten-argument constructor, a closed action's closedAt is its updatedAt.)
 * Q1 is dated 2026-03-01, Q2 2026-06-01 (see {@link AssessmentComparerTest}).
 */
class ClosedActionsTest {

    private final AssessmentComparer comparer = new AssessmentComparer(new ScoreCalculator());

    private static ActionItem action(UUID team, String itemId, String text, ActionStatus status, String updatedAt) {
        Instant created = Instant.parse("2026-01-10T09:00:00Z");
        return new ActionItem(UUID.nameUUIDFromBytes(text.getBytes()), team, UUID.randomUUID(), itemId, text, "Ana",
                Optional.empty(), status, created, Instant.parse(updatedAt));
    }

    private static List<String> texts(List<ClosedAction> closed) {
        return closed.stream().map(c -> c.action().text()).toList();
    }

    @Test
    void keepsDoneAndDroppedActionsUpdatedOnOrBetweenTheTwoDates() {
        List<ActionItem> actions = List.of(
                action(SEARCH, "versioning", "first day", ActionStatus.DONE, "2026-03-01T00:00:00Z"),       // = before date: in
                action(SEARCH, "lineage", "last day", ActionStatus.DONE, "2026-06-01T23:59:59Z"),          // = after date: in
                action(SEARCH, "tests", "day before", ActionStatus.DONE, "2026-02-28T23:59:59Z"),          // out
                action(SEARCH, "tests", "day after", ActionStatus.DONE, "2026-06-02T00:00:00Z"),           // out
                action(SEARCH, "rollback", "dropped", ActionStatus.DROPPED, "2026-04-10T12:00:00Z"),       // in
                action(SEARCH, "tests", "still open", ActionStatus.OPEN, "2026-04-10T12:00:00Z"),          // out: open
                action(SEARCH, "tests", "tests done", ActionStatus.DONE, "2026-05-05T08:00:00Z"));         // in

        List<ClosedAction> closed = comparer.compare(q1(), q2(), actions, ZoneOffset.UTC).closedActions();

        // Oldest first: 03-01, 04-10, 05-05, 06-01.
        assertThat(texts(closed)).containsExactly("first day", "dropped", "tests done", "last day");
        assertThat(closed).extracting(ClosedAction::closedOn).extracting(Object::toString)
                .containsExactly("2026-03-01", "2026-04-10", "2026-05-05", "2026-06-01");
        // versioning 1 -> 3, rollback unanswered -> 4, tests 3 -> 3, lineage 2 -> 1
        assertThat(closed).extracting(ClosedAction::itemChange).containsExactly(
                Change.IMPROVED, Change.NOT_COMPARABLE, Change.UNCHANGED, Change.REGRESSED);
        assertThat(closed).extracting(ClosedAction::itemTitle)
                .containsExactly("Version the data", "Roll back in one step", "Test the model", "Track lineage");
    }

    @Test
    void anActionEditedAfterTheLaterAssessmentStillCountsFromWhenItWasClosed() {
        Instant created = Instant.parse("2026-01-10T09:00:00Z");
        // Done on 15 April, between Q1 (1 March) and Q2 (1 June); its owner's name corrected on 20 July.
        ActionItem fixedLater = new ActionItem(UUID.randomUUID(), SEARCH, UUID.randomUUID(), "tests", "typo fixed later",
                "Ana", Optional.empty(), ActionStatus.DONE, created, Instant.parse("2026-07-20T10:00:00Z"),
                Optional.of(Instant.parse("2026-04-15T16:00:00Z")));
        // Closed on 2 July, after Q2: not between the two.
        ActionItem closedLate = new ActionItem(UUID.randomUUID(), SEARCH, UUID.randomUUID(), "tests", "closed late",
                "Ana", Optional.empty(), ActionStatus.DONE, created, Instant.parse("2026-07-02T10:00:00Z"),
                Optional.of(Instant.parse("2026-07-02T10:00:00Z")));

        List<ClosedAction> closed = comparer.compare(q1(), q2(), List.of(fixedLater, closedLate), ZoneOffset.UTC)
                .closedActions();

        assertThat(texts(closed)).containsExactly("typo fixed later");
        assertThat(closed.get(0).closedOn()).hasToString("2026-04-15");
    }

    @Test
    void theDateIsTakenInTheGivenTimeZone() {
        // 2026-06-01T22:30Z is still 1 June in UTC but already 2 June in Berlin (UTC+2 in summer).
        List<ActionItem> actions = List.of(action(SEARCH, "lineage", "late evening", ActionStatus.DONE, "2026-06-01T22:30:00Z"));

        assertThat(comparer.compare(q1(), q2(), actions, ZoneOffset.UTC).closedActions()).hasSize(1);
        assertThat(comparer.compare(q1(), q2(), actions, ZoneId.of("Europe/Berlin")).closedActions()).isEmpty();
    }

    @Test
    void swappedSidesKeepTheSameActions() {
        List<ActionItem> actions = List.of(
                action(SEARCH, "versioning", "in between", ActionStatus.DONE, "2026-04-01T10:00:00Z"),
                action(SEARCH, "versioning", "too late", ActionStatus.DONE, "2026-07-01T10:00:00Z"));

        List<ClosedAction> closed = comparer.compare(q2(), q1(), actions, ZoneOffset.UTC).closedActions();

        assertThat(texts(closed)).containsExactly("in between");
        assertThat(closed.get(0).itemChange()).isEqualTo(Change.REGRESSED);   // seen from Q2 to Q1: 3 -> 1
    }

    @Test
    void anActionOnAnItemOnlyOneRubricHasCannotBeCompared() {
        // Q2 (rubric 1.0, 2026-06-01) to Q3 (rubric 2.0, 2026-09-01): rollback was removed, alerts added.
        List<ActionItem> actions = List.of(
                action(SEARCH, "rollback", "rollback script", ActionStatus.DONE, "2026-07-01T10:00:00Z"),
                action(SEARCH, "alerts", "drift alert", ActionStatus.DONE, "2026-08-01T10:00:00Z"),
                action(SEARCH, "monitoring", "dashboards", ActionStatus.DONE, "2026-08-15T10:00:00Z"));

        List<ClosedAction> closed = comparer.compare(q2(), q3(), actions, ZoneOffset.UTC).closedActions();

        assertThat(closed).extracting(ClosedAction::itemChange)
                .containsExactly(Change.NOT_COMPARABLE, Change.NOT_COMPARABLE, Change.IMPROVED);
        assertThat(closed).extracting(ClosedAction::itemTitle)
                .containsExactly("Roll back in one step", "Alert on drift", "Monitor live performance");
    }

    @Test
    void actionsOfBothTeamsCountAndDuplicatesOnce() {
        ActionItem search = action(SEARCH, "versioning", "search action", ActionStatus.DONE, "2026-04-01T10:00:00Z");
        ActionItem ads = action(ADS, "lineage", "ads action", ActionStatus.DONE, "2026-05-01T10:00:00Z");

        List<ClosedAction> closed = comparer.compare(q1(), q2(), List.of(search, ads, search), ZoneOffset.UTC).closedActions();

        assertThat(texts(closed)).containsExactly("search action", "ads action");
    }
}
