package io.debtmeter.core.exchange;

import io.debtmeter.core.platform.ProblemTexts;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
        Instant usual = usualTime(node.asText());
        return usual != null ? usual : parsed(node, at, Instant::parse, "exchange.notRealTime", Instant.EPOCH);
    }

    /**
     * A time as Debtmeter writes it ("2026-06-30T09:00:14.000Z", every field in range), read digit by
     * digit: {@link Instant#parse} took a tenth of a dry run. Null for anything else (a leap second,
     * hour 24, the 30th of February), which {@link Instant#parse} then reads or refuses as before.
     */
    private static Instant usualTime(String text) {
        if (text.length() != 24 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != '.' || text.charAt(23) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int millis = digits(text, 20, 3);
        if ((year | month | day | hour | minute | second | millis) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException notInRange) {
            return null;
        }
    }

    /** The number the ASCII digits from {@code start} make, or -1 when one is not a digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    LocalDate date(JsonNode node, String at) {
        return parsed(node, at, LocalDate::parse, "exchange.notRealDate", LocalDate.EPOCH);
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
