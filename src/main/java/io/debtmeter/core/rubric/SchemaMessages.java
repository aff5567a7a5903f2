package io.debtmeter.core.rubric;

import com.networknt.schema.ValidationMessage;

/** The JSON Schema validator's messages as our files show them, for rubrics and exchange files alike. */
public final class SchemaMessages {

    private SchemaMessages() {
    }

    /** The validator's text without the leading location, which we show separately. */
    public static String plain(ValidationMessage message) {
        String text = message.getMessage();
        String location = message.getInstanceLocation().toString();
        if (text.startsWith(location + ": ")) {
            text = text.substring(location.length() + 2);
        } else if (text.startsWith(": ")) {
            text = text.substring(2);
        }
        return text;
    }
}
