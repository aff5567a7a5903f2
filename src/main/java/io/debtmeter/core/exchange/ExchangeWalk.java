package io.debtmeter.core.exchange;

import io.debtmeter.core.assessment.ImportedRecord;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One pass over an exchange file, token by token: the top level is gathered, then each team is
 * checked and mapped record by record and handed on once its last record is read.
 */
final class ExchangeWalk implements AutoCloseable {

    /** The keys the top level needs before a team can be checked; the usual files have them first. */
    private static final List<String> HEADER_KEYS =
            List.of("format", "formatVersion", "exportedAt", "exportedBy", "scope", "rubrics");

    private final ExchangeReader reader;
    private final Walked file;
    private final boolean checked;
    private final TransferProgress progress;
    private final Consumer<ExchangeTeam> each;
    /** What the database holds exactly as imported (decision 0037); nothing for a dry run without a database. */
    private final StoredRecords storedRecords;
    private final ExchangeDocumentMapper mapper;
    private final StreamedChecks checks;
    /** Where each record, its tree read here, is checked and mapped while the next records are read. */
    private final RecordStage stage = new RecordStage("exchange-records");
    private final ObjectNode envelope = JsonNodeFactory.instance.objectNode();
    private final List<JsonNode> waiting = new ArrayList<>();
    private boolean headerRead;
    private ExchangeHeader header;
    private RecordFingerprints fingerprints;
    private RecordFingerprints stageFingerprints;
    private int teams;
    private long records;

    /**
     * The file being walked.
     *
     * @param source  its name in problems
     * @param locator finds the line and column of a problem's pointer, only when there is one to report
     * @param in      its bytes, counted and kept as they pass to the parser
     * @param size    its length, for progress
     */
    record Walked(String source, ProblemLocator locator, ChecksummedInput in, long size) {
    }

    ExchangeWalk(ExchangeReader reader, Walked file, boolean checked, TransferProgress progress,
                 Consumer<ExchangeTeam> each, StoredRecords storedRecords) {
        this.reader = reader;
        this.file = file;
        this.checked = checked;
        this.progress = progress;
        this.each = each;
        this.storedRecords = storedRecords;
        this.mapper = new ExchangeDocumentMapper(file.source(), reader.texts());
        this.checks = new StreamedChecks(reader);
    }

    void root(JsonParser parser) throws IOException, InvalidExchangeFileException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw ExchangeReader.single(file.source(), reader.texts().get("exchange.empty", ExchangeFormat.NAME));
        }
        if (first != JsonToken.START_OBJECT) {
            JsonLocation at = parser.currentTokenLocation();
            JsonNode root = ExchangeReader.SUBTREES.readTree(parser);
            String source = file.source();
            throw new InvalidExchangeFileException(source, List.of(new ExchangeProblem(source, "", at.getLineNr(),
                    at.getColumnNr(), ExchangeReader.notAnObject(reader.texts(), root))));
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            keepFromHere(parser);
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
     * One team, record by record when the file is laid out as Debtmeter writes it, after the top
     * level: only one assessment's or action's tree is held at a time. Any other layout is read whole.
     */
    private void team(JsonParser parser) throws IOException, InvalidExchangeFileException {
        keepFromHere(parser);
        if (!headerRead && HEADER_KEYS.stream().allMatch(envelope::has)) {
            header();
        }
        if (parser.currentToken() != JsonToken.START_OBJECT || !headerRead) {
            wholeTeam(ExchangeReader.SUBTREES.readTree(parser));
            return;
        }
        StreamedTeam team = new StreamedTeam(teams, checked, checks, mapper, this::fine);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            keepFromHere(parser);
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_ARRAY && team.streams(name)) {
                Map<String, ?> stored = storedOf(team, name);
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    long start = keepFromHere(parser);
                    int position = index++;
                    boolean object = parser.currentToken() == JsonToken.START_OBJECT;
                    if (object && !stored.isEmpty()) {
                        storedOrRead(parser, team, name, stored, start, position);
                    } else {
                        JsonNode record = ExchangeReader.SUBTREES.readTree(parser);
                        String fingerprint = object ? fingerprint(parser, start) : null;
                        stage.submit(() -> team.record(name, record, position, fingerprint));
                    }
                    records++;
                    progress.update(file.in().count(), file.size(), records);
                    progress.stopIfCancelled();
                }
            } else {
                team.field(name, ExchangeReader.SUBTREES.readTree(parser));
            }
        }
        stage.drain();
        if (team.streamed()) {
            ExchangeTeam done = team.end();
            if (done != null) {
                each.accept(done);
            }
        } else {
            check(team.fields(), teams);
            records += team.fields().path("assessments").size() + team.fields().path("actions").size();
        }
        teams++;
        records++;
        progress.update(file.in().count(), file.size(), records);
        progress.stopIfCancelled();
    }

    /**
     * This team's records of the list stored exactly as imported, by fingerprint: none before the
     * header is read, or when the team's id is not one.
     */
    private Map<String, ?> storedOf(StreamedTeam team, String list) {
        UUID id = header == null ? null : team.id();
        if (id == null) {
            return Map.of();
        }
        return list.equals("assessments") ? storedRecords.assessments(id) : storedRecords.actions(id);
    }

    /**
     * A record of a team with records stored as imported (decision 0037): its bytes are only skimmed
     * here (its syntax checked, not yet its keys for repeats), then fingerprinted on the records'
     * thread, which knows it by them or, failing that, reads it from those bytes, as it would have
     * been read from the file. The queries stay on this thread: an import's second pass holds the
     * store for its transaction.
     */
    private void storedOrRead(JsonParser parser, StreamedTeam team, String list, Map<String, ?> stored, long start,
                              int position) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try {
            parser.skipChildren();
        } finally {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        }
        byte[] record = file.in().kept().copy(start, parser.currentLocation().getByteOffset());
        RecordFingerprints fingerprints = stageFingerprints();
        stage.submit(() -> team.skimmed(list, record, at, fingerprints.of(record), stored, position));
    }

    /** The records' thread's own digest. */
    private RecordFingerprints stageFingerprints() {
        if (stageFingerprints == null) {
            stageFingerprints = new RecordFingerprints(header.formatVersion());
        }
        return stageFingerprints;
    }

    /** Forgets the bytes read before the current token, which starts what may be fingerprinted next; its offset. */
    private long keepFromHere(JsonParser parser) {
        long offset = parser.currentTokenLocation().getByteOffset();
        file.in().kept().dropBefore(offset);
        return offset;
    }

    /**
     * Of the record just read: from {@code start} to just past its closing brace, where the
     * parser stands now (decision 0036). None once the header is refused: nothing will be compared.
     */
    private String fingerprint(JsonParser parser, long start) {
        if (header == null) {
            return null;
        }
        if (fingerprints == null) {
            fingerprints = new RecordFingerprints(header.formatVersion());
        }
        return fingerprints.of(file.in().kept(), start, parser.currentLocation().getByteOffset());
    }

    private boolean fine() {
        return header != null && checks.none();
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
        progress.update(file.in().count(), file.size(), records);
        progress.stopIfCancelled();
    }

    private void header() throws InvalidExchangeFileException {
        headerRead = true;
        ExchangeReader.Pointed format = ExchangeReader.formatProblem(envelope, reader.texts());
        if (format != null) {
            throw file.locator().located(List.of(format));
        }
        if (checked) {
            checks.header(envelope);
        }
        if (checks.none()) {
            header = mapper.header(envelope);
        }
    }

    private void check(JsonNode node, int index) {
        String at = "/teams/" + index;
        if (checked) {
            checks.unstorable(node, at);
            if (!checks.anyUnstorable()) {
                checks.schema(node, "/teams/0", at);
            }
        }
        if (!fine()) {
            return;
        }
        boolean fineSoFar = mapper.problems().isEmpty();
        ExchangeTeam team = mapper.team(node, index);
        if (fineSoFar && mapper.problems().isEmpty()) {
            each.accept(team);
        }
    }

    @Override
    public void close() {
        stage.close();
    }

    ExchangeHeader end() throws InvalidExchangeFileException {
        if (!headerRead) {
            header();
        }
        for (int i = 0; i < waiting.size(); i++) {
            check(waiting.get(i), i);
        }
        List<ExchangeReader.Pointed> found = checks.reported();
        if (!found.isEmpty()) {
            throw file.locator().located(found);
        }
        mapper.finish(header.scope());
        if (!mapper.problems().isEmpty()) {
            throw file.locator().located(mapper.problems());
        }
        return header;
    }
}
