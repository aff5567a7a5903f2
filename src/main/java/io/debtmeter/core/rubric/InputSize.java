package io.debtmeter.core.rubric;

import java.util.Locale;

/** File sizes in messages about size limits: megabytes to read, bytes so a file just over the limit does not look equal to it. */
public final class InputSize {

    private InputSize() {
    }

    /** "5.0 MB (5,242,881 bytes)". */
    public static String describe(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB (%,d bytes)", bytes / (1024.0 * 1024.0), bytes);
    }
}
