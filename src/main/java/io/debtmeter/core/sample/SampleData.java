package io.debtmeter.core.sample;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.assessment.Periods;
import io.debtmeter.core.platform.ProblemTexts;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * A sample team with four quarterly assessments that tell a believable story: a team starts with
 * ad hoc practices, first fixes data versioning and configuration, then monitoring, and closes
 * most of its actions along the way. Deterministic, so screenshots and tests are repeatable.
 */
public final class SampleData {

    public static final String TEAM_NAME = "Search ranking (sample)";
    private static final List<String> PEOPLE = List.of("Aiko", "Ben", "Chloé", "Dmitri", "Esra", "Femi");

    private final AssessmentStore store;
    private final ProblemTexts texts;

    /** A failure to add the team is told in English. */
    public SampleData(AssessmentStore store) {
        this(store, Locale.ENGLISH);
    }

    /** A failure to add the team is told in {@code language}: Japanese for {@code ja}, English for any other. */
    public SampleData(AssessmentStore store, Locale language) {
        this.store = store;
        this.texts = ProblemTexts.of(language);
    }

    /**
     * Creates the sample team; if the name is taken, a number is added ("… 2"). All of it in one
     * transaction: a failure halfway leaves no team without its assessments behind.
     */
    public Team load(Rubric rubric, LocalDate lastQuarterDate) {
        return store.inOneTransaction(texts.get("sample.addTeam"), () -> write(rubric, lastQuarterDate));
    }

    private Team write(Rubric rubric, LocalDate lastQuarterDate) {
        Team team = store.createTeam(freeName());
        Random random = new Random(2015);
        for (int quarter = 0; quarter < 4; quarter++) {
            LocalDate date = lastQuarterDate.minusMonths(3L * (3 - quarter));
            Assessment assessment = store.createAssessment(new NewAssessment(team.id(), rubric, date,
                    Periods.quarterOf(date), PEOPLE.subList(0, 4 + quarter % 3), Optional.empty()));
            for (Item item : rubric.items()) {
                store.saveResponse(assessment.id(), response(rubric, item, quarter, random));
            }
            closeActionsOf(team);
            raiseActions(assessment, rubric, quarter);
            if (quarter < 3) {
                store.finish(assessment.id());
            }
        }
        return team;
    }

    private String freeName() {
        String name = TEAM_NAME;
        for (int n = 2; taken(name); n++) {
            name = TEAM_NAME + " " + n;
        }
        return name;
    }

    private boolean taken(String name) {
        return store.teams().stream().anyMatch(t -> t.name().equalsIgnoreCase(name));
    }

    /** Levels climb with the quarters, fastest in the categories the team chose to work on. */
    private ItemResponse response(Rubric rubric, Item item, int quarter, Random random) {
        int focusBoost = switch (item.categoryId()) {
            case "data-dependencies", "configuration" -> quarter >= 1 ? 2 : 0;
            case "external-world" -> quarter >= 2 ? 2 : 0;
            case "litmus" -> quarter / 2;
            default -> quarter >= 3 ? 1 : 0;
        };
        int base = Math.abs(item.id().hashCode()) % 2;
        int top = rubric.scale().levels().size() - 1;
        int level = Math.min(top, base + focusBoost + (random.nextInt(4) == 0 ? 1 : 0));
        if (item.id().equals("multi-language-endpoints") && quarter == 3) {
            return ItemResponse.open(item.id()).withAnswer(new Answer.NotApplicable())
                    .withNote("We retired the last Scala job; everything is Python now.");
        }
        Answer answer = item.kind() == ItemKind.PRACTICE
                ? new Answer.Level(rubric.scale().levels().get(level).value())
                : new Answer.Choice(item.options().get(Math.max(0, item.options().size() - 1 - level)).id());
        ItemResponse response = ItemResponse.open(item.id()).withAnswer(answer).withVotes(votesAround(rubric, item, level, random));
        return noteFor(item.id(), quarter).map(response::withNote).orElse(response);
    }

    /**
     * Five to six people voting mostly at the settled level, sometimes one level either side;
     * keyed by level value (or by option, for a litmus question), so any rubric's scale works.
     */
    private static Map<String, Integer> votesAround(Rubric rubric, Item item, int level, Random random) {
        Map<String, Integer> votes = new TreeMap<>();
        int top = rubric.scale().levels().size() - 1;
        int people = 5 + random.nextInt(2);
        for (int i = 0; i < people; i++) {
            int vote = Math.max(0, Math.min(top, level + (random.nextInt(5) == 0 ? random.nextInt(3) - 1 : 0)));
            String key = item.kind() == ItemKind.PRACTICE
                    ? ItemResponse.voteKey(rubric.scale().levels().get(vote).value())
                    : item.options().get(Math.max(0, item.options().size() - 1 - vote)).id();
            votes.merge(key, 1, Integer::sum);
        }
        return votes;
    }

    private static Optional<String> noteFor(String itemId, int quarter) {
        return Optional.ofNullable(switch (itemId + "@" + quarter) {
            case "data-versioning@0" -> "Training sets are copied to a dated folder by hand; two runs last month used different snapshots.";
            case "data-versioning@1" -> "DVC adopted for the click logs; the feature store is not versioned yet.";
            case "single-config@1" -> "All hyperparameters moved into one YAML per model.";
            case "monitor-real-world-performance@2" -> "Dashboards and a weekly alert on NDCG drift; thresholds reviewed monthly.";
            case "debt-time-budget@3" -> "Every fourth sprint is a debt sprint — agreed with product.";
            default -> null;
        });
    }

    private void raiseActions(Assessment assessment, Rubric rubric, int quarter) {
        List<PlannedAction> plan = switch (quarter) {
            case 0 -> List.of(new PlannedAction("data-versioning", "Put the click-log training sets under DVC", "Aiko"),
                    new PlannedAction("single-config", "Move hyperparameters into one config file per model", "Ben"));
            case 1 -> List.of(new PlannedAction("monitor-real-world-performance", "Alert when NDCG drops 5% week over week", "Dmitri"),
                    new PlannedAction("track-data-dependencies", "List every upstream table the ranker reads", "Chloé"));
            case 2 -> List.of(new PlannedAction("debt-time-budget", "Agree a recurring debt sprint with product", "Esra"));
            default -> List.of(new PlannedAction("reproducibility-checklist", "Adopt a release checklist for research code", "Femi"));
        };
        for (PlannedAction action : plan) {
            if (rubric.item(action.itemId()).isPresent()) {
                store.addAction(assessment.id(), action.itemId(), action.text(), action.owner(),
                        Optional.of(assessment.date().plusMonths(2)));
            }
        }
    }

    private record PlannedAction(String itemId, String text, String owner) {
    }

    /** Most earlier actions get done by the next retrospective; one is dropped, as happens. */
    private void closeActionsOf(Team team) {
        for (ActionItem action : store.actions(team.id())) {
            if (action.isOpen()) {
                ActionStatus status = action.itemId().equals("track-data-dependencies") ? ActionStatus.DROPPED : ActionStatus.DONE;
                store.updateAction(new ActionItem(action.id(), action.teamId(), action.raisedIn(), action.itemId(),
                        action.text(), action.owner(), action.due(), status, action.createdAt(), action.updatedAt()));
            }
        }
    }
}
