package io.debtmeter.core.exchange;

import io.debtmeter.core.assessment.ImportedRecord;
import io.debtmeter.model.ActionItem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * One team of a streamed file, read record by record when laid out as Debtmeter writes it (its own
 * fields, then its assessments, then its actions), or, when laid out otherwise, gathered whole.
 */
final class StreamedTeam {

    private final String at;
    private final int index;
    private final boolean checked;
    private final StreamedChecks checks;
    private final ExchangeDocumentMapper mapper;
    /** Whether all is fine so far in the whole pass: only then is anything mapped. */
    private final BooleanSupplier fine;
    /** The team's own fields; its lists too when read whole, or (empty) in their place when streamed. */
    private final ObjectNode fields = JsonNodeFactory.instance.objectNode();
    private boolean streaming;
    private boolean whole;
    /** The team's own fields with one record (or none) in its lists: what is checked against the schema. */
    private ObjectNode probe;
    private ExchangeDocumentMapper.TeamMapping mapping;

    StreamedTeam(int index, boolean checked, StreamedChecks checks, ExchangeDocumentMapper mapper, BooleanSupplier fine) {
        this.index = index;
        this.at = "/teams/" + index;
        this.checked = checked;
        this.checks = checks;
        this.mapper = mapper;
        this.fine = fine;
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
            checks.schema(probe, "/teams/0", at);
        }
        if (fine.getAsBoolean()) {
            mapping = mapper.teamMapping(fields, index);
        }
    }

    void field(String name, JsonNode value) {
        fields.set(name, value);
    }

    /** One assessment or action, checked against its part of the schema (see {@link RecordShapes}), then mapped. */
    void record(String list, JsonNode node, int position, String fingerprint) {
        String here = at + "/" + list + "/" + position;
        if (checked) {
            checks.unstorable(node, here);
            // The validator is asked only when the quick check is unsure, and then says what is wrong.
            if (!checks.anyUnstorable() && !RecordShapes.surelyValid(list, node)) {
                probe.putArray("assessments");
                probe.putArray("actions");
                probe.withArray(list).add(node);
                checks.schema(probe, "/teams/0/" + list + "/0", here);
            }
        }
        if (mapping != null && fine.getAsBoolean()) {
            if (list.equals("assessments")) {
                mapping.assessment(node, position, fingerprint);
            } else {
                mapping.action(node, position, fingerprint);
            }
        } else {
            mapping = null;
        }
    }

    /**
     * A record of a team with records stored as imported, skimmed by the walk (decision 0037): known
     * by its fingerprint when stored exactly so (an assessment with the snapshot it was stored with
     * intact in the file), else read from its bytes and taken as any other record.
     */
    void skimmed(String list, byte[] record, JsonLocation start, String fingerprint, Map<String, ?> stored, int position) {
        Object found = stored.get(fingerprint);
        ExchangeRubric snapshot = found instanceof ImportedRecord assessment ? mapper.snapshot(assessment.snapshotSha256()) : null;
        if (found instanceof ImportedRecord assessment && snapshot != null) {
            storedAsRead(assessment, snapshot, position, fingerprint);
        } else if (found instanceof ActionItem action) {
            actionStoredAsRead(action, position, fingerprint);
        } else {
            JsonNode node;
            try {
                node = ExchangeReader.SUBTREES.readTree(record);
            } catch (JsonProcessingException e) {
                // The walk skimmed these bytes without looking for repeated keys or reading values.
                throw new UnreadableRecordException(e, record, at + "/" + list + "/" + position, start);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            record(list, node, position, fingerprint);
        }
    }

    /**
     * An assessment found by its fingerprint to be stored here exactly as it is in the file (decision
     * 0037): those bytes passed every check when they were imported, so none is made again.
     */
    void storedAsRead(ImportedRecord stored, ExchangeRubric rubric, int position, String fingerprint) {
        if (mapping != null && fine.getAsBoolean()) {
            mapping.storedAsRead(stored, rubric, fingerprint, position);
        } else {
            mapping = null;
        }
    }

    /** An action found by its fingerprint to be stored here exactly as it is in the file (decision 0037). */
    void actionStoredAsRead(ActionItem stored, int position, String fingerprint) {
        if (mapping != null && fine.getAsBoolean()) {
            mapping.actionStoredAsRead(stored, position, fingerprint);
        } else {
            mapping = null;
        }
    }

    /** The team's id, once its own fields are read and if it is one; else null. */
    UUID id() {
        JsonNode id = fields.get("id");
        try {
            return id != null && id.isTextual() ? UUID.fromString(id.asText()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether any list was read record by record; if not, {@link #fields()} is the whole team. */
    boolean streamed() {
        return streaming;
    }

    ObjectNode fields() {
        return fields;
    }

    /** A streamed team, after its last record: its own fields checked, then the team if all is fine, else null. */
    ExchangeTeam end() {
        if (checked) {
            ObjectNode own = fields.deepCopy();
            own.remove(List.of("assessments", "actions"));
            checks.unstorable(own, at);
            if (!checks.anyUnstorable()) {
                checks.schema(fields, "/teams/0", at);
            }
        }
        if (mapping != null && fine.getAsBoolean()) {
            ExchangeTeam team = mapping.end();
            if (mapper.problems().isEmpty()) {
                return team;
            }
        }
        return null;
    }
}
