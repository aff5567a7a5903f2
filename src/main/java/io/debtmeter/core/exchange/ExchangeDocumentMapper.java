package io.debtmeter.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import io.debtmeter.core.rubric.InvalidRubricException;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.rubric.RubricProblem;
import io.debtmeter.core.storage.AnswerRules;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.model.Answer;
import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.AssessmentStatus;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Targets;
import io.debtmeter.model.Team;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Turns a schema-valid tree into a document, checking what a schema cannot: each rubric snapshot is
 * a valid rubric whose hash matches, every reference leads somewhere, no id is used twice, every
 * answer and target fits its rubric, dates and times are real. Problems are collected, not thrown,
 * so the user sees them all at once.
 */
final class ExchangeDocumentMapper {

    /** Enough to fix a file by; more would bury the first ones. */
    private static final int MAX_PROBLEMS = 100;
    /** Of one invalid rubric snapshot, the first few problems. */
    private static final int MAX_RUBRIC_PROBLEMS = 5;

    private final String source;
    private final JsonNode root;
    private final List<ExchangeReader.Pointed> problems = new ArrayList<>();
    private final Map<String, ExchangeRubric> rubrics = new LinkedHashMap<>();
    private final Set<UUID> assessmentIds = new HashSet<>();
    private final Set<UUID> actionIds = new HashSet<>();

    ExchangeDocumentMapper(String source, JsonNode root) {
        this.source = source;
        this.root = root;
    }

    List<ExchangeReader.Pointed> problems() {
        return problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
    }

    ExchangeDocument map() {
        Instant exportedAt = time(root.get("exportedAt"), "/exportedAt");
        ExchangeScope scope = ExchangeScope.fromJson(root.get("scope").asText());
        JsonNode rubricNodes = root.get("rubrics");
        for (int i = 0; i < rubricNodes.size(); i++) {
            rubric(rubricNodes.get(i), "/rubrics/" + i);
        }
        List<ExchangeTeam> teams = new ArrayList<>();
        Map<UUID, String> teamIds = new HashMap<>();
        Map<String, String> teamNames = new HashMap<>();
        JsonNode teamNodes = root.get("teams");
        for (int i = 0; i < teamNodes.size(); i++) {
            String at = "/teams/" + i;
            ExchangeTeam team = team(teamNodes.get(i), at);
            String earlier = teamIds.putIfAbsent(team.team().id(), at);
            if (earlier != null) {
                problem(at + "/id", "the team id " + team.team().id() + " is used twice (also at " + earlier + ")");
            }
            String earlierName = teamNames.putIfAbsent(nameKey(team.team().name()), at);
            if (earlierName != null) {
                problem(at + "/name", "two teams are called \"" + team.team().name() + "\" (also at " + earlierName + ")");
            }
            teams.add(team);
        }
        checkScope(scope, teams);
        return new ExchangeDocument(root.get("formatVersion").intValue(), exportedAt, root.get("exportedBy").asText(),
                scope, rubrics.values().stream().filter(java.util.Objects::nonNull).toList(), teams);
    }

    private void checkScope(ExchangeScope scope, List<ExchangeTeam> teams) {
        if (scope == ExchangeScope.ASSESSMENT && (teams.size() != 1 || teams.get(0).assessments().size() != 1)) {
            problem("/scope", "a file of scope \"assessment\" holds exactly one team with one assessment");
        }
        if (scope == ExchangeScope.TEAM && teams.size() != 1) {
            problem("/scope", "a file of scope \"team\" holds exactly one team, not " + teams.size());
        }
    }

    // --- rubric snapshots ---------------------------------------------------------------

    private void rubric(JsonNode node, String at) {
        String sha = node.get("sha256").asText();
        String content = node.get("content").asText();
        String id = node.get("id").asText();
        String version = node.get("version").asText();
        if (rubrics.containsKey(sha)) {
            problem(at + "/sha256", "the rubric snapshot " + shortSha(sha) + " is listed twice");
            return;
        }
        String actual = ExchangeFormat.sha256(content);
        if (!actual.equals(sha)) {
            problem(at + "/content", "the rubric content does not match its sha256 " + shortSha(sha)
                    + " (its SHA-256 is " + shortSha(actual) + "): it was changed after export");
            rubrics.put(sha, null);
            return;
        }
        Rubric rubric;
        try {
            rubric = new RubricLoader().parse(source + " " + at + "/content", content.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidRubricException e) {
            List<RubricProblem> found = e.problems();
            for (RubricProblem p : found.subList(0, Math.min(MAX_RUBRIC_PROBLEMS, found.size()))) {
                problem(at + "/content", "the rubric snapshot is not a valid rubric: "
                        + (p.line() > 0 ? "line " + p.line() + ", column " + p.column() + " of the rubric, " : "")
                        + (p.pointer().isEmpty() ? "" : p.pointer() + ": ") + p.message());
            }
            rubrics.put(sha, null);
            return;
        }
        if (!rubric.id().equals(id) || !rubric.version().equals(version)) {
            problem(at, "the snapshot is listed as " + id + " " + version + " but its content is rubric "
                    + rubric.id() + " " + rubric.version());
        }
        rubrics.put(sha, new ExchangeRubric(sha, rubric.id(), rubric.version(), content, rubric));
    }

    // --- teams ---------------------------------------------------------------------------

    private ExchangeTeam team(JsonNode node, String at) {
        UUID teamId = UUID.fromString(node.get("id").asText());
        Team team = new Team(teamId, node.get("name").asText().strip(), time(node.get("createdAt"), at + "/createdAt"),
                time(node.get("updatedAt"), at + "/updatedAt"));
        List<ExchangeAssessment> assessments = new ArrayList<>();
        Map<UUID, ExchangeAssessment> byId = new HashMap<>();
        JsonNode assessmentNodes = node.get("assessments");
        for (int i = 0; i < assessmentNodes.size(); i++) {
            ExchangeAssessment assessment = assessment(assessmentNodes.get(i), at + "/assessments/" + i, teamId);
            if (assessment != null) {
                assessments.add(assessment);
                byId.put(assessment.assessment().id(), assessment);
            }
        }
        List<ActionItem> actions = new ArrayList<>();
        JsonNode actionNodes = node.get("actions");
        for (int i = 0; i < actionNodes.size(); i++) {
            actions.add(action(actionNodes.get(i), at + "/actions/" + i, teamId, byId));
        }
        return new ExchangeTeam(team, assessments, actions);
    }

    // --- assessments ---------------------------------------------------------------------

    /** Null when its rubric is unusable: its answers cannot be checked, and the problem is already told. */
    private ExchangeAssessment assessment(JsonNode node, String at, UUID teamId) {
        UUID id = UUID.fromString(node.get("id").asText());
        if (!assessmentIds.add(id)) {
            problem(at + "/id", "the assessment id " + id + " is used twice");
        }
        JsonNode ref = node.get("rubric");
        String sha = ref.get("sha256").asText();
        if (!rubrics.containsKey(sha)) {
            problem(at + "/rubric/sha256", "no rubric snapshot " + shortSha(sha) + " in \"rubrics\"");
            return null;
        }
        ExchangeRubric rubric = rubrics.get(sha);
        if (rubric == null) {
            return null;
        }
        String rubricId = ref.get("id").asText();
        String rubricVersion = ref.get("version").asText();
        if (!rubric.id().equals(rubricId) || !rubric.version().equals(rubricVersion)) {
            problem(at + "/rubric", "the assessment names rubric " + rubricId + " " + rubricVersion
                    + " but its snapshot is " + rubric.id() + " " + rubric.version());
        }
        List<String> participants = new ArrayList<>();
        node.get("participants").forEach(p -> participants.add(p.asText()));
        Assessment assessment = new Assessment(id, teamId, rubric.id(), rubric.version(),
                date(node.get("date"), at + "/date"), node.get("period").asText(), participants,
                AssessmentStatus.valueOf(node.get("status").asText().toUpperCase(Locale.ROOT)),
                time(node.get("createdAt"), at + "/createdAt"), time(node.get("updatedAt"), at + "/updatedAt"));
        List<ItemResponse> responses = new ArrayList<>();
        Set<String> items = new HashSet<>();
        JsonNode responseNodes = node.get("responses");
        for (int i = 0; i < responseNodes.size(); i++) {
            String responseAt = at + "/responses/" + i;
            ItemResponse response = response(responseNodes.get(i), responseAt);
            if (!items.add(response.itemId())) {
                problem(responseAt + "/item", "item '" + response.itemId() + "' is answered twice in this assessment");
            }
            AnswerRules.problem(rubric.rubric(), response).ifPresent(problem -> problem(responseAt, problem));
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
                problem(at + "/votes/" + escape(vote.getKey()), "a vote count is a whole number written without a"
                        + " decimal point or exponent, such as 2; found " + count.decimalValue());
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
                problem(at + "/categories/" + escape(target.getKey()), "the rubric " + rubric.id() + " "
                        + rubric.version() + " has no category '" + target.getKey() + "'");
            }
            categories.put(target.getKey(), target.getValue().doubleValue());
        });
        Map<String, Double> items = new HashMap<>();
        node.get("items").fields().forEachRemaining(target -> {
            double level = target.getValue().doubleValue();
            Optional<Item> item = rubric.item(target.getKey());
            String here = at + "/items/" + escape(target.getKey());
            if (item.isEmpty()) {
                problem(here, "the rubric " + rubric.id() + " " + rubric.version() + " has no item '" + target.getKey() + "'");
            } else if (!reachable(item.get(), level)) {
                problem(here, "level " + target.getValue() + " is not on the scale of item '" + target.getKey() + "'");
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

    // --- actions -------------------------------------------------------------------------

    private ActionItem action(JsonNode node, String at, UUID teamId, Map<UUID, ExchangeAssessment> assessments) {
        UUID id = UUID.fromString(node.get("id").asText());
        if (!actionIds.add(id)) {
            problem(at + "/id", "the action id " + id + " is used twice");
        }
        JsonNode raisedNode = node.get("raisedIn");
        UUID raisedIn = raisedNode.isNull() ? null : UUID.fromString(raisedNode.asText());
        String itemId = node.get("item").asText();
        if (raisedIn != null) {
            ExchangeAssessment raised = assessments.get(raisedIn);
            if (raised == null) {
                if (!assessmentIds.contains(raisedIn)) {
                    problem(at + "/raisedIn", "the action was raised in assessment " + raisedIn
                            + ", which is not one of this team's assessments in the file");
                }
            } else if (raised.rubric().rubric().item(itemId).isEmpty()) {
                problem(at + "/item", "the rubric " + raised.rubric().id() + " " + raised.rubric().version()
                        + " of the assessment it was raised in has no item '" + itemId + "'");
            }
        }
        JsonNode due = node.get("due");
        ActionStatus status = ActionStatus.valueOf(node.get("status").asText().toUpperCase(Locale.ROOT));
        // Files written before closedAt was kept have none: a closed action then counts from updatedAt.
        JsonNode closed = node.get("closedAt");
        Optional<Instant> closedAt = closed == null || closed.isNull() ? Optional.empty()
                : Optional.ofNullable(time(closed, at + "/closedAt"));
        if (status == ActionStatus.OPEN && closedAt.isPresent()) {
            problem(at + "/closedAt", "the action is open, so it has no closing time");
        }
        return new ActionItem(id, teamId, raisedIn, itemId, node.get("text").asText(), node.get("owner").asText(),
                due.isNull() ? Optional.empty() : Optional.ofNullable(date(due, at + "/due")), status,
                time(node.get("createdAt"), at + "/createdAt"), time(node.get("updatedAt"), at + "/updatedAt"),
                closedAt);
    }

    // --- values --------------------------------------------------------------------------

    /** The schema fixed the shape; this catches the 30th of February. Null (and a problem) when not a real time. */
    private Instant time(JsonNode node, String at) {
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            problem(at, "\"" + node.asText() + "\" is not a real time");
            return Instant.EPOCH;
        }
    }

    private LocalDate date(JsonNode node, String at) {
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            problem(at, "\"" + node.asText() + "\" is not a real date");
            return LocalDate.EPOCH;
        }
    }

    private void problem(String pointer, String message) {
        problems.add(new ExchangeReader.Pointed(pointer, message));
    }

    /** As the store compares team names: case folded in every script. */
    static String nameKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static String shortSha(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) + "…" : sha;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
