package io.debtmeter.core.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places the problems of a streamed file at their lines and columns, found by a second read that
 * skips every part of the file on no problem's way: only a refused file pays for it.
 */
final class ProblemLocator {

    private final Path file;
    private final String source;

    ProblemLocator(Path file, String source) {
        this.file = file;
        this.source = source;
    }

    InvalidExchangeFileException located(List<ExchangeReader.Pointed> found) {
        Map<String, JsonLocation> at = locations(found.stream().map(ExchangeReader.Pointed::pointer).toList());
        return ExchangeReader.located(source, found, at::get);
    }

    /** The line and column of each pointer; whatever cannot be found stays unlocated. */
    private Map<String, JsonLocation> locations(List<String> pointers) {
        Set<String> targets = new HashSet<>(pointers);
        Set<String> onTheWay = new HashSet<>();
        for (String pointer : pointers) {
            for (int slash = pointer.indexOf('/'); slash >= 0; slash = pointer.indexOf('/', slash + 1)) {
                onTheWay.add(pointer.substring(0, slash));
            }
            onTheWay.add(pointer);
        }
        Map<String, JsonLocation> found = new HashMap<>();
        try (JsonParser parser = ExchangeReader.SUBTREES.createParser(Files.newInputStream(file))) {
            if (parser.nextToken() != null) {
                locate(parser, "", targets, onTheWay, found);
            }
        } catch (IOException e) {
            // Reported without a place.
        }
        return found;
    }

    private static void locate(JsonParser parser, String pointer, Set<String> targets, Set<String> onTheWay,
                               Map<String, JsonLocation> found) throws IOException {
        if (targets.contains(pointer)) {
            found.put(pointer, parser.currentTokenLocation());
        }
        JsonToken token = parser.currentToken();
        if (!token.isStructStart()) {
            return;
        }
        if (!onTheWay.contains(pointer) || found.size() == targets.size()) {
            parser.skipChildren();
            return;
        }
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                locate(parser, pointer + "/" + MappingProblems.escape(name), targets, onTheWay, found);
            }
        } else {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                locate(parser, pointer + "/" + index++, targets, onTheWay, found);
            }
        }
    }
}
