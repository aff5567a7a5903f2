package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.LevelDescriptor;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestRubrics;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The child process of {@link CrashSafetyTest}: edits through the store as fast as it can until
 * it is killed. Before each call it prints {@code begin <kind> <id> <value> ;}, and once the call
 * has returned (committed) {@code saved <kind> <id> <value> ;}. The trailing ";" lets the parent
 * tell a complete line from one cut off by the kill.
 *
 * <p>Arguments: database file, seed, round number (keeps names unique across rounds).
 */
public final class CrashingEditor {

    static final String TEAM = "Crash test team";

    private CrashingEditor() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        String tag = args[1] + "-" + args[2];
        try (AssessmentStore store = SqliteAssessmentStore.open(file)) {
            Team team = store.teams().stream().filter(t -> t.name().equals(TEAM)).findFirst()
                    .orElseGet(() -> store.createTeam(TEAM));
            Assessment assessment = store.assessments(team.id()).stream().findFirst()
                    .orElseGet(() -> store.createAssessment(new NewAssessment(team.id(), TestRubrics.defaultRubric(),
                            LocalDate.of(2026, 11, 26), "2026-Q4", List.of("crash"), Optional.empty())));
            Rubric rubric = store.rubricOf(assessment.id());
            List<Item> practices = rubric.items().stream().filter(i -> i.kind() == ItemKind.PRACTICE).toList();
            List<ActionItem> actions = new ArrayList<>(store.actions(team.id()));
            print("ready", "team", team.id().toString(), assessment.id().toString());
            for (long n = 0; ; n++) {
                int dice = random.nextInt(100);
                String value = "v" + tag + "-" + n;
                if (dice < 70) {
                    Item item = practices.get(random.nextInt(practices.size()));
                    LevelDescriptor level = item.levels().get(random.nextInt(item.levels().size()));
                    String saved = ItemResponse.voteKey(level.value()) + "|" + value;
                    print("begin", "response", item.id(), saved);
                    store.saveResponse(assessment.id(), ItemResponse.open(item.id())
                            .withAnswer(new Answer.Level(level.value())).withNote(value));
                    print("saved", "response", item.id(), saved);
                } else if (dice < 82 || actions.isEmpty()) {
                    print("begin", "new-action", "-", value);
                    ActionItem action = store.addAction(assessment.id(), practices.get(0).id(), value, "", Optional.empty());
                    actions.add(action);
                    print("saved", "action", action.id().toString(), value);
                } else if (dice < 95) {
                    ActionItem action = actions.get(random.nextInt(actions.size()));
                    print("begin", "action", action.id().toString(), value);
                    store.updateAction(new ActionItem(action.id(), action.teamId(), action.raisedIn(), action.itemId(),
                            value, action.owner(), action.due(), action.status(), action.createdAt(), action.updatedAt()));
                    print("saved", "action", action.id().toString(), value);
                } else {
                    print("begin", "new-team", "-", value);
                    Team created = store.createTeam("team " + value);
                    print("saved", "team", created.id().toString(), "team " + value);
                }
            }
        }
    }

    private static void print(String what, String kind, String id, String value) {
        System.out.println(what + " " + kind + " " + id + " " + value + " ;");
        System.out.flush();
    }
}
