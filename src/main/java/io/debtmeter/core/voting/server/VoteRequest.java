package io.debtmeter.core.voting.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.debtmeter.core.voting.VotingRoom;

import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One vote as a phone sends it: {@code {"item","choice","phone","name"?,"pin"?}}, all strings. Read
 * strictly (no other fields, no other types, no repeated keys) so nothing unexpected reaches the room.
 */
record VoteRequest(String item, String choice, String phone, Optional<String> name, Optional<String> pin) {

    private static final Set<String> FIELDS = Set.of("item", "choice", "phone", "name", "pin");
    /** The page makes a 128-bit id in Base64url (22 characters); other clients may use a UUID or hex. */
    private static final Pattern PHONE_ID = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final Pattern PIN = Pattern.compile("[0-9]{1,12}");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static VoteRequest parse(byte[] body) throws InvalidVoteException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidVoteException("not JSON");
        } catch (IOException e) {
            throw new InvalidVoteException("unreadable");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidVoteException("not an object");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            if (!FIELDS.contains(names.next())) {
                throw new InvalidVoteException("unknown field");
            }
        }
        String phone = required(root, "phone");
        if (!PHONE_ID.matcher(phone).matches()) {
            throw new InvalidVoteException("bad phone id");
        }
        Optional<String> name = optional(root, "name");
        if (name.isPresent() && !isFirstName(name.get())) {
            throw new InvalidVoteException("bad name");
        }
        Optional<String> pin = optional(root, "pin");
        if (pin.isPresent() && !PIN.matcher(pin.get()).matches()) {
            throw new InvalidVoteException("bad pin");
        }
        return new VoteRequest(required(root, "item"), required(root, "choice"), phone, name, pin);
    }

    private static String required(JsonNode root, String field) throws InvalidVoteException {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual() || node.textValue().isEmpty()) {
            throw new InvalidVoteException("missing " + field);
        }
        return node.textValue();
    }

    private static Optional<String> optional(JsonNode root, String field) throws InvalidVoteException {
        JsonNode node = root.get(field);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new InvalidVoteException("wrong type of " + field);
        }
        return node.textValue().isEmpty() ? Optional.empty() : Optional.of(node.textValue());
    }

    /**
     * At most {@link VotingRoom#MAX_NAME_LENGTH} characters, none that would break or disguise the
     * projector's list of names: control characters, line breaks, or bidirectional overrides.
     */
    private static boolean isFirstName(String name) {
        if (name.codePointCount(0, name.length()) > VotingRoom.MAX_NAME_LENGTH) {
            return false;
        }
        return name.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
    }
}
