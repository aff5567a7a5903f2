package io.debtmeter.core.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One record's tokens, copied from the file's parser as they are read (syntax and repeated keys
 * already checked there), so that its tree can be built on another thread ({@link RecordStage}).
 * Numbers are kept as written, so the tree holds them as exactly as one read from the file.
 */
final class RecordTokens {

    private final TokenBuffer tokens;

    private RecordTokens(TokenBuffer tokens) {
        this.tokens = tokens;
    }

    /** The value the parser is at, up to its end; the parser is left there. */
    static RecordTokens copy(JsonParser parser) throws IOException {
        TokenBuffer tokens = new TokenBuffer(parser);
        tokens.copyCurrentStructure(parser);
        return new RecordTokens(tokens);
    }

    JsonNode tree() {
        try (JsonParser replay = tokens.asParser()) {
            return ExchangeReader.SUBTREES.readTree(replay);
        } catch (IOException e) {
            // Tokens in memory, read before: nothing here can fail to be read.
            throw new UncheckedIOException(e);
        }
    }
}
