package io.debtmeter.core.rubric;

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

    /** "5.0 MB (5,242,881 bytes)". */
    public static String describe(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB (%,d bytes)", bytes / (1024.0 * 1024.0), bytes);
    }

    /**
     * The file's bytes, refused by its size before anything is read. {@code kind} names the file in the
     * message ("a rubric file"); {@link IOException} only when the file cannot be read at all.
     */
    public static <E extends Exception> byte[] readFile(Path file, long maxBytes, String kind, TooLarge<E> tooLarge)
            throws IOException, E {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw tooLarge.problem("the file is " + describe(size) + "; " + kind + " may be at most "
                    + describe(maxBytes));
        }
        return Files.readAllBytes(file);
    }

    /** The stream's bytes, reading at most one byte past the limit: a stream's size is not known beforehand. */
    public static <E extends Exception> byte[] readStream(InputStream in, long maxBytes, String kind,
                                                          TooLarge<E> tooLarge) throws IOException, E {
        byte[] content = in.readNBytes((int) maxBytes + 1);
        if (content.length > maxBytes) {
            throw tooLarge.problem("the file is larger than " + describe(maxBytes) + ", the most " + kind + " may be");
        }
        return content;
    }
}
