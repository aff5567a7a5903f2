package io.debtmeter.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import io.debtmeter.core.assessment.ImportedRecord;
import io.debtmeter.core.storage.AnswerRules;
import io.debtmeter.model.Answer;
import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.AssessmentStatus;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Targets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static io.debtmeter.core.exchange.MappingProblems.escape;
import static io.debtmeter.core.exchange.MappingProblems.shortSha;

/**
 * Maps the assessment records of an exchange file for {@link ExchangeDocumentMapper}: the largest
 * record type, whose answers and targets are checked against their rubric snapshot, kept apart so
 * the document mapper reads as the outline of a file.
 */
final class AssessmentRecordMapper {

    private final MappingProblems problems;
    private final Map<String, ExchangeRubric> rubrics;
    private final Set<UUID> assessmentIds = new HashSet<>();

    /** @param rubrics the snapshots mapped so far, by sha256; null for an unusable one */
    AssessmentRecordMapper(MappingProblems problems, Map<String, ExchangeRubric> rubrics) {
        this.problems = problems;
        this.rubrics = rubrics;
    }

    /** Whether an assessment with this id was mapped (in any team of the file) so far. */
    boolean seen(UUID assessmentId) {
        return assessmentIds.contains(assessmentId);
    }

    /**
     * A record known by its fingerprint (decision 0037): every check of {@link #assessment} passed when
     * the same bytes were imported, with the same snapshot; only its id is counted among the file's.
     */
    ExchangeAssessment storedAsRead(ImportedRecord stored, ExchangeRubric rubric, String fingerprint, String at, UUID teamId) {
        Assessment assessment = stored.assessment();
        if (!assessmentIds.add(assessment.id())) {
            problems.say(at + "/id", "exchange.assessmentIdTwice", String.valueOf(assessment.id()));
        }
        Assessment here = assessment.teamId().equals(teamId) ? assessment : new Assessment(assessment.id(), teamId,
                assessment.rubricId(), assessment.rubricVersion(), assessment.date(), assessment.period(),
                assessment.participants(), assessment.status(), assessment.createdAt(), assessment.updatedAt());
        return ExchangeAssessment.storedAsRead(here, rubric, fingerprint);
    }

    /** Null when its rubric is unusable: its answers cannot be checked, and the problem is already told. */
    ExchangeAssessment assessment(JsonNode node, String at, UUID teamId) {
        UUID id = UUID.fromString(node.get("id").asText());
        if (!assessmentIds.add(id)) {
            problems.say(at + "/id", "exchange.assessmentIdTwice", String.valueOf(id));
        }
        JsonNode ref = node.get("rubric");
        String sha = ref.get("sha256").asText();
        if (!rubrics.containsKey(sha)) {
            problems.say(at + "/rubric/sha256", "exchange.noSnapshot", shortSha(sha));
            return null;
        }
        ExchangeRubric rubric = rubrics.get(sha);
        if (rubric == null) {
            return null;
        }
        String rubricId = ref.get("id").asText();
        String rubricVersion = ref.get("version").asText();
        if (!rubric.id().equals(rubricId) || !rubric.version().equals(rubricVersion)) {
            problems.say(at + "/rubric", "exchange.assessmentRubricMismatch", rubricId + " " + rubricVersion,
                    rubric.id() + " " + rubric.version());
        }
        List<String> participants = new ArrayList<>();
        node.get("participants").forEach(p -> participants.add(p.asText()));
        Assessment assessment = new Assessment(id, teamId, rubric.id(), rubric.version(),
                problems.date(node.get("date"), at + "/date"), node.get("period").asText(), participants,
                AssessmentStatus.valueOf(node.get("status").asText().toUpperCase(Locale.ROOT)),
                problems.time(node.get("createdAt"), at + "/createdAt"), problems.time(node.get("updatedAt"), at + "/updatedAt"));
        List<ItemResponse> responses = new ArrayList<>();
        Set<String> items = new HashSet<>();
        JsonNode responseNodes = node.get("responses");
        for (int i = 0; i < responseNodes.size(); i++) {
            String responseAt = at + "/responses/" + i;
            ItemResponse response = response(responseNodes.get(i), responseAt);
            if (!items.add(response.itemId())) {
                problems.say(responseAt + "/item", "exchange.answeredTwice", response.itemId());
            }
            AnswerRules.problem(problems.texts(), rubric.rubric(), response).ifPresent(problem -> problems.add(responseAt, problem));
            responses.add(response);
        }
        Targets targets = targets(node.get("targets"), at + "/targets", rubric.rubric());
        return new ExchangeAssessment(assessment, rubric, responses, targets);
    }

    private ItemResponse response(JsonNode node, String at) {
        JsonNode answerNode = node.get("answer");
        Optional<Answer> answer;
        if (answerNode.isNull()) {
            answer = Optional.empty();
        } else if (answerNode.has("level")) {
            answer = Optional.of(new Answer.Level(answerNode.get("level").doubleValue()));
        } else if (answerNode.has("option")) {
            answer = Optional.of(new Answer.Choice(answerNode.get("option").asText()));
        } else if (answerNode.has("dontKnow")) {
            answer = Optional.of(new Answer.DontKnow());
        } else {
            answer = Optional.of(new Answer.NotApplicable());
        }
        List<String> evidence = new ArrayList<>();
        node.get("evidence").forEach(link -> evidence.add(link.asText()));
        Map<String, Integer> votes = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.get("votes").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> vote = fields.next();
            JsonNode count = vote.getValue();
            if (!count.isIntegralNumber() || !count.canConvertToInt()) {
                // The schema takes 2.0 as an integer; a count is written as one, and intValue() would change 2.5 or 1e10.
                problems.say(at + "/votes/" + escape(vote.getKey()), "exchange.voteCount", count.decimalValue().toString());
                continue;
            }
            votes.put(vote.getKey(), count.intValue());
        }
        return new ItemResponse(node.get("item").asText(), answer, node.get("note").asText(), evidence, votes,
                node.get("carriedOver").booleanValue());
    }

    /** The same rules as the store's: a category of the rubric; a level the item can reach. */
    private Targets targets(JsonNode node, String at, Rubric rubric) {
        Map<String, Double> categories = new HashMap<>();
        node.get("categories").fields().forEachRemaining(target -> {
            if (rubric.category(target.getKey()).isEmpty()) {
                problems.say(at + "/categories/" + escape(target.getKey()), "exchange.noCategory",
                        rubric.id() + " " + rubric.version(), target.getKey());
            }
            categories.put(target.getKey(), target.getValue().doubleValue());
        });
        Map<String, Double> items = new HashMap<>();
        node.get("items").fields().forEachRemaining(target -> {
            double level = target.getValue().doubleValue();
            Optional<Item> item = rubric.item(target.getKey());
            String here = at + "/items/" + escape(target.getKey());
            if (item.isEmpty()) {
                problems.say(here, "exchange.noItem", rubric.id() + " " + rubric.version(), target.getKey());
            } else if (!reachable(item.get(), level)) {
                problems.say(here, "exchange.levelNotOnScale", String.valueOf(target.getValue()), target.getKey());
            }
            items.put(target.getKey(), level);
        });
        return new Targets(categories, items);
    }

    private static boolean reachable(Item item, double level) {
        return item.kind() == ItemKind.PRACTICE
                ? item.level(level).isPresent()
                : item.options().stream().mapToDouble(AnswerOption::score).anyMatch(score -> score == level);
    }
}
