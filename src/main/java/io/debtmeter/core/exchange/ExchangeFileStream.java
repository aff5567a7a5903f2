package io.debtmeter.core.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.debtmeter.core.rubric.InputSize;
import io.debtmeter.core.rubric.JsonSyntaxProblem;
import io.debtmeter.core.rubric.UnstorableValues;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * Reads an exchange file as a stream, holding one assessment's (or action's) tree at a time, never
 * the whole file: the top level first (format, version, rubric snapshots), then each team of
 * {@code /teams} record by record, handed on (as model objects) once its last record is read. A checked pass applies every check {@link ExchangeReader#parse}
 * applies to a whole file, in the same order of precedence (syntax, format, values that cannot be
 * kept, the schema, meaning), each record against its part of the schema, and reports problems with
 * the same pointers, lines and columns; the lines and columns are found by a second, skimming read
 * of the file, only when there is something to report.
 *
 * <p>Each pass also sums up every byte it read (CRC-32C), so a later pass can tell that the file
 * changed in between.
 */
final class ExchangeFileStream {

    /** The keys the top level needs before a team can be checked; the usual files have them first. */
    private static final List<String> HEADER_KEYS =
            List.of("format", "formatVersion", "exportedAt", "exportedBy", "scope", "rubrics");
    private static final int MAX_SCHEMA_PROBLEMS = ExchangeSchema.MAX_MESSAGES;
    private static final int MAX_UNSTORABLE = 50;

    private final ExchangeReader reader;
    private final Path file;
    private final String source;

    /** What a pass found. */
    record Pass(ExchangeHeader header, long checksum) {
    }

    ExchangeFileStream(ExchangeReader reader, Path file) {
        this.reader = reader;
        this.file = file;
        this.source = file.toString();
    }

    String source() {
        return source;
    }

    /**
     * Reads the file once, handing each team to {@code each} in file order. On a checked pass a team
     * is handed on only while nothing is wrong so far, and any problem is thrown at the end; an
     * unchecked pass (of a file checked before) only maps.
     */
    Pass read(boolean checked, TransferProgress progress, Consumer<ExchangeTeam> each)
            throws IOException, InvalidExchangeFileException {
        long size = Files.size(file);
        if (size > reader.maxStreamedBytes()) {
            throw ExchangeReader.single(source, InputSize.tooLarge(reader.texts(), size, reader.maxStreamedBytes(), "exchange"));
        }
        try (Counting in = new Counting(Files.newInputStream(file));
             JsonParser parser = ExchangeReader.SUBTREES.createParser(in)) {
            Walk walk = new Walk(checked, progress, each, size, in);
            try {
                walk.root(parser);
            } catch (JsonProcessingException e) {
                JsonSyntaxProblem problem = JsonSyntaxProblem.of(reader.texts(), parser, e);
                throw new InvalidExchangeFileException(source, List.of(new ExchangeProblem(source, problem.pointer(),
                        problem.line(), problem.column(), problem.message())));
            }
            return new Pass(walk.end(), in.checksum.getValue());
        }
    }

    /** One pass over the file. */
    private final class Walk {
        private final boolean checked;
        private final TransferProgress progress;
        private final Consumer<ExchangeTeam> each;
        private final long size;
        private final Counting in;
        private final ExchangeDocumentMapper mapper = new ExchangeDocumentMapper(source, reader.texts());
        private final ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        private final List<JsonNode> waiting = new ArrayList<>();
        private final List<ExchangeReader.Pointed> unstorable = new ArrayList<>();
        private final List<ExchangeReader.Pointed> schemaProblems = new ArrayList<>();
        /** The top level with {@code rubrics} empty, in which each team is checked against the schema alone. */
        private ObjectNode frame;
        private boolean headerRead;
        private ExchangeHeader header;
        private int teams;
        private long records;

        Walk(boolean checked, TransferProgress progress, Consumer<ExchangeTeam> each, long size, Counting in) {
            this.checked = checked;
            this.progress = progress;
            this.each = each;
            this.size = size;
            this.in = in;
        }

        void root(JsonParser parser) throws IOException, InvalidExchangeFileException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw ExchangeReader.single(source, reader.texts().get("exchange.empty", ExchangeFormat.NAME));
            }
            if (first != JsonToken.START_OBJECT) {
                JsonLocation at = parser.currentTokenLocation();
                JsonNode root = ExchangeReader.SUBTREES.readTree(parser);
                throw new InvalidExchangeFileException(source, List.of(new ExchangeProblem(source, "", at.getLineNr(),
                        at.getColumnNr(), ExchangeReader.notAnObject(reader.texts(), root))));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("teams") && value == JsonToken.START_ARRAY) {
                    envelope.putArray("teams");
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        team(parser);
                    }
                } else {
                    envelope.set(name, ExchangeReader.SUBTREES.readTree(parser));
                }
            }
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new JsonParseException(parser, "Trailing token (of type " + trailing + ") found after value");
            }
        }

        /**
         * One team, record by record when the file is laid out as Debtmeter writes it (the team's own
         * fields, then its assessments, then its actions, after the top level): only one
         * assessment's or action's tree is held at a time. Any other layout is read whole.
         */
        private void team(JsonParser parser) throws IOException, InvalidExchangeFileException {
            if (!headerRead && HEADER_KEYS.stream().allMatch(envelope::has)) {
                header();
            }
            if (parser.currentToken() != JsonToken.START_OBJECT || !headerRead) {
                wholeTeam(ExchangeReader.SUBTREES.readTree(parser));
                return;
            }
            TeamReading team = new TeamReading(teams);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY && team.streams(name)) {
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        team.record(name, ExchangeReader.SUBTREES.readTree(parser), index++);
                        records++;
                        progress.update(in.count, size, records);
                        progress.stopIfCancelled();
                    }
                } else {
                    team.field(name, ExchangeReader.SUBTREES.readTree(parser));
                }
            }
            team.end();
            teams++;
            records++;
            progress.update(in.count, size, records);
            progress.stopIfCancelled();
        }

        private boolean fine() {
            return header != null && unstorable.isEmpty() && schemaProblems.isEmpty();
        }

        /** The schema's problems of {@code team} inside the top level, those under {@code inside} only, moved to {@code at}. */
        private void schema(JsonNode team, String inside, String at) {
            frame.putArray("teams").add(team);
            for (ExchangeSchema.PointedMessage problem : reader.schema().check(frame, reader.texts())) {
                String pointer = problem.pointer();
                if (pointer.equals(inside) || pointer.startsWith(inside + "/")) {
                    schemaProblems.add(new ExchangeReader.Pointed(at + pointer.substring(inside.length()), problem.message()));
                }
            }
        }

        private void unstorable(JsonNode node, String at) {
            for (UnstorableValues.Found f : UnstorableValues.in(node, reader.texts())) {
                if (unstorable.size() < MAX_UNSTORABLE) {
                    unstorable.add(new ExchangeReader.Pointed(at + f.pointer(), f.message()));
                }
            }
        }

        /** A team read record by record, or, when laid out otherwise, whole. */
        private final class TeamReading {
            private final int index;
            private final String at;
            /** The team's own fields; its lists too when read whole, or (empty) in their place when streamed. */
            private final ObjectNode fields = JsonNodeFactory.instance.objectNode();
            private boolean streaming;
            private boolean whole;
            /** The team's own fields with one record (or none) in its lists: what is checked against the schema. */
            private ObjectNode probe;
            private ExchangeDocumentMapper.TeamMapping mapping;

            TeamReading(int index) {
                this.index = index;
                this.at = "/teams/" + index;
            }

            /** Whether this list is streamed: assessments once the team's own fields are known, then actions. */
            boolean streams(String name) {
                boolean list = name.equals("assessments") || name.equals("actions");
                if (!list || whole) {
                    return false;
                }
                boolean streams = streaming ? name.equals("actions")
                        : name.equals("assessments") && List.of("id", "name", "createdAt", "updatedAt").stream().allMatch(fields::has);
                if (!streams) {
                    whole = true;
                    return false;
                }
                if (!streaming) {
                    start();
                }
                fields.putArray(name);
                return true;
            }

            /** The team's own fields are checked (as if its lists were empty), and mapped when all is fine so far. */
            private void start() {
                streaming = true;
                probe = fields.deepCopy();
                probe.putArray("assessments");
                probe.putArray("actions");
                if (checked) {
                    schema(probe, "/teams/0", at);
                }
                if (fine()) {
                    mapping = mapper.teamMapping(fields, index);
                }
            }

            void field(String name, JsonNode value) {
                fields.set(name, value);
            }

            /** One assessment or action, checked against its part of the schema, then mapped. */
            void record(String list, JsonNode node, int position) {
                String here = at + "/" + list + "/" + position;
                if (checked) {
                    unstorable(node, here);
                    if (unstorable.isEmpty()) {
                        probe.putArray("assessments");
                        probe.putArray("actions");
                        probe.withArray(list).add(node);
                        schema(probe, "/teams/0/" + list + "/0", here);
                    }
                }
                if (mapping != null && fine()) {
                    if (list.equals("assessments")) {
                        mapping.assessment(node, position);
                    } else {
                        mapping.action(node, position);
                    }
                } else {
                    mapping = null;
                }
            }

            void end() {
                if (!streaming) {
                    check(fields, index);
                    records += fields.path("assessments").size() + fields.path("actions").size();
                    return;
                }
                if (checked) {
                    ObjectNode own = fields.deepCopy();
                    own.remove(List.of("assessments", "actions"));
                    unstorable(own, at);
                    if (unstorable.isEmpty()) {
                        schema(fields, "/teams/0", at);
                    }
                }
                if (mapping != null && fine()) {
                    ExchangeTeam team = mapping.end();
                    if (mapper.problems().isEmpty()) {
                        each.accept(team);
                    }
                }
            }
        }

        /** A team read whole. */
        private void wholeTeam(JsonNode node) throws InvalidExchangeFileException {
            if (!headerRead && HEADER_KEYS.stream().allMatch(envelope::has)) {
                header();
            }
            if (headerRead) {
                check(node, teams);
            } else {
                // A file whose top level comes after its teams: they wait (in memory) for the rubrics.
                waiting.add(node);
            }
            teams++;
            records += 1 + node.path("assessments").size() + node.path("actions").size();
            progress.update(in.count, size, records);
            progress.stopIfCancelled();
        }

        private void header() throws InvalidExchangeFileException {
            headerRead = true;
            ExchangeReader.Pointed format = ExchangeReader.formatProblem(envelope, reader.texts());
            if (format != null) {
                throw located(List.of(format));
            }
            if (checked) {
                UnstorableValues.in(envelope, reader.texts()).forEach(f -> unstorable.add(new ExchangeReader.Pointed(f.pointer(), f.message())));
                reader.schema().check(envelope, reader.texts()).forEach(p -> schemaProblems.add(new ExchangeReader.Pointed(p.pointer(), p.message())));
                frame = envelope.deepCopy();
                frame.putArray("rubrics");
            }
            if (unstorable.isEmpty() && schemaProblems.isEmpty()) {
                header = mapper.header(envelope);
            }
        }

        private void check(JsonNode node, int index) {
            String at = "/teams/" + index;
            if (checked) {
                unstorable(node, at);
                if (unstorable.isEmpty()) {
                    schema(node, "/teams/0", at);
                }
            }
            if (header == null || !unstorable.isEmpty() || !schemaProblems.isEmpty()) {
                return;
            }
            boolean fineSoFar = mapper.problems().isEmpty();
            ExchangeTeam team = mapper.team(node, index);
            if (fineSoFar && mapper.problems().isEmpty()) {
                each.accept(team);
            }
        }

        ExchangeHeader end() throws InvalidExchangeFileException {
            if (!headerRead) {
                header();
            }
            for (int i = 0; i < waiting.size(); i++) {
                check(waiting.get(i), i);
            }
            if (!unstorable.isEmpty()) {
                throw located(unstorable);
            }
            if (!schemaProblems.isEmpty()) {
                throw located(schemaProblems.stream().distinct()
                        .sorted(Comparator.comparing(ExchangeReader.Pointed::pointer))
                        .limit(MAX_SCHEMA_PROBLEMS).toList());
            }
            mapper.finish(header.scope());
            if (!mapper.problems().isEmpty()) {
                throw located(mapper.problems());
            }
            return header;
        }
    }

    // --- where problems are ----------------------------------------------------------------

    private InvalidExchangeFileException located(List<ExchangeReader.Pointed> found) {
        Map<String, JsonLocation> at = locations(found.stream().map(ExchangeReader.Pointed::pointer).toList());
        return ExchangeReader.located(source, found, at::get);
    }

    /**
     * The line and column of each pointer, from a read that skips every part of the file on no
     * pointer's way: only a refused file pays for it. Whatever cannot be found stays unlocated.
     */
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

    /** Counts and sums up the bytes read. */
    private static final class Counting extends FilterInputStream {
        private final CRC32C checksum = new CRC32C();
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                checksum.update(b);
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                checksum.update(buffer, offset, n);
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            throw new IOException("skipping is not counted");
        }
    }
}
