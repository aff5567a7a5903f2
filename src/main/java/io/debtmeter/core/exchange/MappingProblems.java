package io.debtmeter.core.exchange;

import io.debtmeter.core.platform.ProblemTexts;
import io.debtmeter.core.platform.UsualTimes;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The problems {@link ExchangeDocumentMapper} and its record mappers find, in the order found, and
 * the value checks they share: collected in one place so that every part reports into the same
 * list and the user sees them all at once.
 */
final class MappingProblems {

    /** Enough to fix a file by; more would bury the first ones. */
    private static final int MAX_PROBLEMS = 100;

    private final List<ExchangeReader.Pointed> problems = new ArrayList<>();
    private final ProblemTexts texts;

    /** Told in the language of {@code texts}. */
    MappingProblems(ProblemTexts texts) {
        this.texts = texts;
    }

    ProblemTexts texts() {
        return texts;
    }

    /** A problem worded by the problems bundle: {@code key} with {@code arguments}. */
    void say(String pointer, String key, Object... arguments) {
        add(pointer, texts.get(key, arguments));
    }

    List<ExchangeReader.Pointed> firstOnes() {
        return problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
    }

    void add(String pointer, String message) {
        problems.add(new ExchangeReader.Pointed(pointer, message));
    }

    /** The schema fixed the shape; this catches the 30th of February. Null (and a problem) when not a real time. */
    Instant time(JsonNode node, String at) {
        // The usual shape digit by digit: Instant.parse took a tenth of a dry run.
        Instant usual = UsualTimes.parseOrNull(node.asText());
        return usual != null ? usual : parsed(node, at, Instant::parse, "exchange.notRealTime", Instant.EPOCH);
    }

    LocalDate date(JsonNode node, String at) {
        LocalDate usual = UsualTimes.dateOrNull(node.asText());
        return usual != null ? usual : parsed(node, at, LocalDate::parse, "exchange.notRealDate", LocalDate.EPOCH);
    }

    private <T> T parsed(JsonNode node, String at, Function<String, T> parse, String key, T fallback) {
        try {
            return parse.apply(node.asText());
        } catch (DateTimeParseException e) {
            say(at, key, node.asText());
            return fallback;
        }
    }

    static String shortSha(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) + "…" : sha;
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
