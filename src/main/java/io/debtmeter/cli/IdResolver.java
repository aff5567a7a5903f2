package io.debtmeter.cli;

import io.debtmeter.core.scoring.DisplayDates;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Team;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Locale;
import java.util.function.Function;

/**
 * Turns what a person types into a team or an assessment. An assessment is named by its id or any
 * unique prefix of it (the 8 characters {@code assessments} shows are enough in practice); a team by
 * its name (ignoring case), a unique prefix of its id, or else a unique start of its name; a whole
 * name wins over an id prefix, an id prefix over the start of a name. No match or
 * several matches end the command with exit code 2; several matches are listed so the user can pick.
 */
final class IdResolver {

    /** Shown length of an id in tables: enough to be unique among thousands of assessments. */
    static final int SHORT_ID = 8;
    /** Candidates listed for an ambiguous prefix; more are counted, not listed. */
    private static final int LISTED = 10;

    private final AssessmentStore store;
    private final CliTexts texts;

    IdResolver(AssessmentStore store, CliTexts texts) {
        this.store = store;
        this.texts = texts;
    }

    static String shortId(Object id) {
        return id.toString().substring(0, SHORT_ID);
    }

    Assessment assessment(String typed) {
        String prefix = normalised(typed);
        List<Assessment> matches = prefix.isEmpty() ? List.of() : store.assessmentsWithIdPrefix(prefix);
        Map<UUID, String> teamNames = new HashMap<>();
        if (matches.size() > 1) {
            store.teams().forEach(team -> teamNames.put(team.id(), team.name()));
        }
        List<String> labels = matches.stream().map(a -> a.id() + "  " + teamNames.getOrDefault(a.teamId(), "")
                + "  " + a.period() + "  " + DisplayDates.shown(a.date(), texts.locale())).toList();
        return single("assessment", typed, matches, labels);
    }

    Team team(String typed) {
        List<Team> teams = store.teams();
        String name = typed.strip();
        List<Team> byName = teams.stream().filter(t -> t.name().equalsIgnoreCase(name)).toList();
        if (byName.size() == 1) {
            return byName.get(0);
        }
        String prefix = normalised(typed);
        List<Team> byId = teams.stream().filter(t -> t.id().toString().startsWith(prefix)).toList();
        // Then the start of a name: "search" finds "Search ranking (sample)" when no other team starts so.
        List<Team> matches = !byId.isEmpty() ? byId
                : teams.stream().filter(t -> t.name().toLowerCase(Locale.ROOT).startsWith(prefix)).toList();
        return single("team", typed, matches, matches.stream().map(t -> t.id() + "  " + t.name()).toList());
    }

    private static String normalised(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }

    /** @param kind "assessment" or "team": the keys cli.id.*.assessment and cli.id.*.team say the rest */
    private <T> T single(String kind, String typed, List<T> matches, List<String> labels) {
        if (typed.isBlank()) {
            throw new CommandFailure(ExitCode.INVALID_INPUT, texts.get("cli.id.noneGiven." + kind));
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new CommandFailure(ExitCode.INVALID_INPUT, texts.get("cli.id.noMatch." + kind, typed.strip()));
        }
        StringBuilder message = new StringBuilder(texts.get("cli.id.ambiguous." + kind, typed.strip(),
                String.valueOf(matches.size())));
        labels.stream().limit(LISTED).forEach(label -> message.append("\n  ").append(label));
        if (labels.size() > LISTED) {
            message.append("\n  ").append(texts.get("cli.id.more", String.valueOf(labels.size() - LISTED)));
        }
        return throwing(message.toString());
    }

    private static <T> T throwing(String message) {
        throw new CommandFailure(ExitCode.INVALID_INPUT, message);
    }
}
