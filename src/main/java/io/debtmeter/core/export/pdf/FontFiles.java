package io.debtmeter.core.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The font files shipped in the jar ({@code assets/fonts}, copied to {@code io/debtmeter/fonts/}).
 * Each is read from the class path once per {@link FontFiles} and kept as bytes: the Japanese fallback
 * alone is 6 MB, too much to read again for every report. Immutable once read; safe to share.
 */
public final class FontFiles {

    static final String FOLDER = "/io/debtmeter/fonts/";
    static final String REGULAR = "NotoSans-Regular.ttf";
    static final String BOLD = "NotoSans-Bold.ttf";
    static final String FALLBACK = "ipag.ttf";

    /** The shipped fonts read so far, by file name: each is read on first use, once. */
    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();
    private final SystemFonts system;

    /** The shipped fonts, then the fonts installed on this machine. */
    public FontFiles() {
        this(SystemFonts.installed());
    }

    /** The shipped fonts, then {@code system} (tests pass fonts of their own, or none). */
    public FontFiles(SystemFonts system) {
        this.system = system;
    }

    SystemFonts system() {
        return system;
    }

    byte[] regular() {
        return loaded.computeIfAbsent(REGULAR, FontFiles::read);
    }

    byte[] bold() {
        return loaded.computeIfAbsent(BOLD, FontFiles::read);
    }

    byte[] fallback() {
        return loaded.computeIfAbsent(FALLBACK, FontFiles::read);
    }

    private static byte[] read(String name) {
        try (InputStream in = FontFiles.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("The PDF font " + name + " is missing from the application ("
                        + FOLDER + name + "); the installation is incomplete.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF font " + name + " could not be read: " + e.getMessage(), e);
        }
    }
}
