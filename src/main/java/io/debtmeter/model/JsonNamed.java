package io.debtmeter.model;

import java.util.Arrays;
import java.util.Locale;

/** A choice that rubric files spell as its constant's name in lower case with hyphens: WEIGHTED_MEAN is "weighted-mean". */
public interface JsonNamed {

    String name();

    default String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant spelt {@code jsonName} in a file; {@code what} names the choice in the refusal. */
    static <E extends Enum<E> & JsonNamed> E fromJsonName(Class<E> type, String jsonName, String what) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.jsonName().equals(jsonName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown " + what + ": " + jsonName));
    }
}
