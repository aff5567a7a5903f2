package io.debtmeter.core.rubric;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import java.io.IOException;

/**
 * How the app lays out the JSON files people read and diff: two-space indents, {@code "key": value},
 * and {@code \n} line ends on every system. Rubric files and exchange files look alike.
 *
 * <p>Jackson's own printer writes those layout characters as Java strings, which its UTF-8 output
 * encodes again at every line; here they are encoded once. An export of 500 teams writes 215 MB,
 * much of it indentation.
 */
public final class JsonFileLayout {

    private JsonFileLayout() {
    }

    public static DefaultPrettyPrinter prettyPrinter() {
        return new Printer();
    }

    /** Jackson's printer with the separators and indents above written as encoded bytes. */
    private static final class Printer extends DefaultPrettyPrinter {
        private static final SerializableString NAME_VALUE = new SerializedString(": ");

        Printer() {
            super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            EncodedIndenter indenter = new EncodedIndenter();
            indentObjectsWith(indenter);
            indentArraysWith(indenter);
        }

        private Printer(Printer base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new Printer(this);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator json) throws IOException {
            json.writeRaw(NAME_VALUE);
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator json) throws IOException {
            json.writeRaw(',');
            _objectIndenter.writeIndentation(json, _nesting);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
            json.writeRaw(',');
            _arrayIndenter.writeIndentation(json, _nesting);
        }
    }

    /** A line end and two spaces a level, each depth's bytes made once. */
    private static final class EncodedIndenter implements DefaultPrettyPrinter.Indenter {
        private static final int KEPT_LEVELS = 32;
        private static final SerializableString[] LINES = new SerializableString[KEPT_LEVELS];

        static {
            for (int level = 0; level < KEPT_LEVELS; level++) {
                LINES[level] = new SerializedString(line(level));
            }
        }

        private static String line(int level) {
            return "\n" + "  ".repeat(level);
        }

        @Override
        public void writeIndentation(JsonGenerator json, int level) throws IOException {
            if (level < KEPT_LEVELS) {
                json.writeRaw(LINES[level]);
            } else {
                json.writeRaw(line(level));
            }
        }

        @Override
        public boolean isInline() {
            return false;
        }
    }
}
