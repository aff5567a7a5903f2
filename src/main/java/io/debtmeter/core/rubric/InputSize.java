package io.debtmeter.core.rubric;

import io.debtmeter.core.platform.ProblemTexts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Size limits of the JSON files Debtmeter reads (rubrics, exchange files), and sizes in their messages:
 * megabytes to read, bytes so a file just over the limit does not look equal to it.
 */
public final class InputSize {

    /** Turns the message about a file over the limit into the reader's own exception. */
    @FunctionalInterface
    public interface TooLarge<E extends Exception> {
        E problem(String message);
    }

    private InputSize() {
    }

    /** "5.0 MB (5,242,881 bytes)", "5.0 MB（5,242,881 バイト）". */
    public static String describe(ProblemTexts texts, long bytes) {
        return texts.get("size.describe", String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)),
                String.format(Locale.ROOT, "%,d", bytes));
    }

    /** "the file is 6.0 MB (…); a rubric file may be at most 5.0 MB (…)"; {@code kind}: "rubric" or "exchange". */
    public static String tooLarge(ProblemTexts texts, long size, long maxBytes, String kind) {
        return texts.get("size.tooLarge", describe(texts, size), texts.get("size.kind." + kind), describe(texts, maxBytes));
    }

    /**
     * The file's bytes, refused by its size before anything is read. {@code kind} names the file in the
     * message ("rubric": "a rubric file"); {@link IOException} only when the file cannot be read at all.
     */
    public static <E extends Exception> byte[] readFile(ProblemTexts texts, Path file, long maxBytes, String kind,
                                                        TooLarge<E> tooLarge) throws IOException, E {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw tooLarge.problem(tooLarge(texts, size, maxBytes, kind));
        }
        return Files.readAllBytes(file);
    }

    /** The stream's bytes, reading at most one byte past the limit: a stream's size is not known beforehand. */
    public static <E extends Exception> byte[] readStream(ProblemTexts texts, InputStream in, long maxBytes, String kind,
                                                          TooLarge<E> tooLarge) throws IOException, E {
        byte[] content = in.readNBytes((int) maxBytes + 1);
        if (content.length > maxBytes) {
            throw tooLarge.problem(texts.get("size.streamTooLarge", describe(texts, maxBytes), texts.get("size.kind." + kind)));
        }
        return content;
    }
}
