package io.debtmeter.core.exchange;

import io.debtmeter.core.assessment.ImportedRecord;
import io.debtmeter.core.platform.ProblemTexts;

import com.fasterxml.jackson.databind.JsonNode;
import io.debtmeter.core.rubric.InvalidRubricException;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.rubric.RubricProblem;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a schema-valid tree into a document, checking what a schema cannot: each rubric snapshot is
 * a valid rubric whose hash matches, every reference leads somewhere, no id is used twice, every
 * answer and target fits its rubric, dates and times are real. Problems are collected, not thrown,
 * so the user sees them all at once.
 */
final class ExchangeDocumentMapper {

    /** Of one invalid rubric snapshot, the first few problems. */
    private static final int MAX_RUBRIC_PROBLEMS = 5;

    private final String source;
    private final MappingProblems problems;
    private final Map<String, ExchangeRubric> rubrics = new LinkedHashMap<>();
    private final AssessmentRecordMapper assessmentRecords;
    private final ActionRecordMapper actionRecords;
    /** Where each team id and name key was first met: ids and names are checked across the whole file. */
    private final Map<UUID, String> teamIds = new HashMap<>();
    private final Map<String, String> teamNames = new HashMap<>();
    private int teamCount;
    private int firstTeamAssessments;

    /** Tells problems in the language of {@code texts}. */
    ExchangeDocumentMapper(String source, ProblemTexts texts) {
        this.source = source;
        this.problems = new MappingProblems(texts);
        this.assessmentRecords = new AssessmentRecordMapper(problems, rubrics);
        this.actionRecords = new ActionRecordMapper(problems, assessmentRecords);
    }

    List<ExchangeReader.Pointed> problems() {
        return problems.firstOnes();
    }

    /** The whole document at once, for a file read into memory. */
    ExchangeDocument map(JsonNode root) {
        ExchangeHeader header = header(root);
        List<ExchangeTeam> teams = new ArrayList<>();
        JsonNode teamNodes = root.get("teams");
        for (int i = 0; i < teamNodes.size(); i++) {
            teams.add(team(teamNodes.get(i), i));
        }
        finish(header.scope());
        return new ExchangeDocument(header.formatVersion(), header.exportedAt(), header.exportedBy(), header.scope(),
                rubrics(), teams);
    }

    /** The top level without its teams: what the file is, and its rubric snapshots (mapped and kept). */
    ExchangeHeader header(JsonNode root) {
        Instant exportedAt = time(root.get("exportedAt"), "/exportedAt");
        ExchangeScope scope = ExchangeScope.fromJson(root.get("scope").asText());
        JsonNode rubricNodes = root.get("rubrics");
        for (int i = 0; i < rubricNodes.size(); i++) {
            rubric(rubricNodes.get(i), "/rubrics/" + i);
        }
        return new ExchangeHeader(root.get("formatVersion").intValue(), exportedAt, root.get("exportedBy").asText(), scope);
    }

    List<ExchangeRubric> rubrics() {
        return rubrics.values().stream().filter(java.util.Objects::nonNull).toList();
    }

    /** One team of {@code /teams}, whole, checked against the teams mapped before it. */
    ExchangeTeam team(JsonNode node, int index) {
        TeamMapping team = teamMapping(node, index);
        JsonNode assessmentNodes = node.get("assessments");
        for (int i = 0; i < assessmentNodes.size(); i++) {
            team.assessment(assessmentNodes.get(i), i);
        }
        JsonNode actionNodes = node.get("actions");
        for (int i = 0; i < actionNodes.size(); i++) {
            team.action(actionNodes.get(i), i);
        }
        return team.end();
    }

    /**
     * One team of {@code /teams} mapped record by record, as a file is streamed: its own fields
     * first (from {@code header}; its lists are not read here), then each assessment, then each
     * action, then {@link TeamMapping#end}.
     */
    TeamMapping teamMapping(JsonNode header, int index) {
        return new TeamMapping(header, "/teams/" + index);
    }

    /** A team being mapped. */
    final class TeamMapping {
        private final String at;
        private final Team team;
        private final List<ExchangeAssessment> assessments = new ArrayList<>();
        private final Map<UUID, ExchangeAssessment> byId = new HashMap<>();
        private final List<ActionItem> actions = new ArrayList<>();
        private final Map<UUID, String> actionFingerprints = new HashMap<>();
        private final Set<UUID> actionsStoredAsRead = new HashSet<>();

        private TeamMapping(JsonNode node, String at) {
            this.at = at;
            this.team = new Team(UUID.fromString(node.get("id").asText()), node.get("name").asText().strip(),
                    time(node.get("createdAt"), at + "/createdAt"), time(node.get("updatedAt"), at + "/updatedAt"));
        }

        void assessment(JsonNode node, int index) {
            assessment(node, index, null);
        }

        /** {@code fingerprint}: of the record's bytes when it was read by itself from a file, else null. */
        void assessment(JsonNode node, int index, String fingerprint) {
            ExchangeAssessment assessment = assessmentRecords.assessment(node, at + "/assessments/" + index, team.id());
            if (assessment != null && fingerprint != null) {
                assessment = assessment.withFingerprint(fingerprint);
            }
            if (assessment != null) {
                assessments.add(assessment);
                byId.put(assessment.assessment().id(), assessment);
            }
        }

        /** A record known by its fingerprint to be stored here as {@code stored} (decision 0037). */
        void storedAsRead(ImportedRecord stored, ExchangeRubric rubric, String fingerprint, int index) {
            ExchangeAssessment assessment = assessmentRecords.storedAsRead(stored, rubric, fingerprint,
                    at + "/assessments/" + index, team.id());
            assessments.add(assessment);
            byId.put(assessment.assessment().id(), assessment);
        }

        void action(JsonNode node, int index) {
            action(node, index, null);
        }

        /** {@code fingerprint}: of the record's bytes when it was read by itself from a file, else null. */
        void action(JsonNode node, int index, String fingerprint) {
            ActionItem action = actionRecords.action(node, at + "/actions/" + index, team.id(), byId);
            actions.add(action);
            if (fingerprint != null) {
                actionFingerprints.put(action.id(), fingerprint);
            }
        }

        /**
         * An action known by its fingerprint to be stored here as {@code stored} (decision 0037): only
         * what depends on other records is checked, as the rest was when the same bytes were imported.
         */
        void actionStoredAsRead(ActionItem stored, int index, String fingerprint) {
            actionRecords.storedAsRead(stored, at + "/actions/" + index, byId);
            actions.add(stored);
            actionFingerprints.put(stored.id(), fingerprint);
            actionsStoredAsRead.add(stored.id());
        }

        /** The team, checked against the teams mapped before it. */
        ExchangeTeam end() {
            String earlier = teamIds.putIfAbsent(team.id(), at);
            if (earlier != null) {
                say(at + "/id", "exchange.teamIdTwice", String.valueOf(team.id()), earlier);
            }
            String earlierName = teamNames.putIfAbsent(nameKey(team.name()), at);
            if (earlierName != null) {
                say(at + "/name", "exchange.teamNameTwice", team.name(), earlierName);
            }
            if (teamCount == 0) {
                firstTeamAssessments = assessments.size();
            }
            teamCount++;
            return new ExchangeTeam(team, assessments, actions, actionFingerprints, actionsStoredAsRead);
        }
    }

    /**
     * The file's usable snapshot with this hash, else null: a record found by its fingerprint is
     * taken as stored only when the file carries, intact, the snapshot it was stored with.
     */
    ExchangeRubric snapshot(String sha256) {
        return rubrics.get(sha256);
    }

    /** After the last team: what can only be checked with all of them seen. */
    void finish(ExchangeScope scope) {
        if (scope == ExchangeScope.ASSESSMENT && (teamCount != 1 || firstTeamAssessments != 1)) {
            say("/scope", "exchange.scopeAssessment");
        }
        if (scope == ExchangeScope.TEAM && teamCount != 1) {
            say("/scope", "exchange.scopeTeam", String.valueOf(teamCount));
        }
    }

    // --- rubric snapshots ---------------------------------------------------------------

    private void rubric(JsonNode node, String at) {
        String sha = node.get("sha256").asText();
        String content = node.get("content").asText();
        String id = node.get("id").asText();
        String version = node.get("version").asText();
        if (rubrics.containsKey(sha)) {
            say(at + "/sha256", "exchange.snapshotTwice", MappingProblems.shortSha(sha));
            return;
        }
        String actual = ExchangeFormat.sha256(content);
        if (!actual.equals(sha)) {
            say(at + "/content", "exchange.snapshotChanged", MappingProblems.shortSha(sha), MappingProblems.shortSha(actual));
            rubrics.put(sha, null);
            return;
        }
        Rubric rubric;
        try {
            rubric = new RubricLoader(problems.texts().locale()).parse(source + " " + at + "/content", content.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidRubricException e) {
            List<RubricProblem> found = e.problems();
            for (RubricProblem p : found.subList(0, Math.min(MAX_RUBRIC_PROBLEMS, found.size()))) {
                say(at + "/content", "exchange.snapshotInvalid",
                        p.line() > 0 ? problems.texts().get("exchange.snapshotInvalid.at", String.valueOf(p.line()),
                                String.valueOf(p.column())) : "",
                        (p.pointer().isEmpty() ? "" : p.pointer() + ": ") + p.message());
            }
            rubrics.put(sha, null);
            return;
        }
        if (!rubric.id().equals(id) || !rubric.version().equals(version)) {
            say(at, "exchange.snapshotMislabelled", id + " " + version, rubric.id() + " " + rubric.version());
        }
        rubrics.put(sha, new ExchangeRubric(sha, rubric.id(), rubric.version(), content, rubric));
    }

    // --- values --------------------------------------------------------------------------

    private Instant time(JsonNode node, String at) {
        return problems.time(node, at);
    }

    private void say(String pointer, String key, Object... arguments) {
        problems.say(pointer, key, arguments);
    }

    /** As the store compares team names: case folded in every script. */
    static String nameKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
