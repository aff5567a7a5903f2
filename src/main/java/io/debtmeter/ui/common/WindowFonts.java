package io.debtmeter.ui.common;

import javafx.scene.text.Font;

import java.net.URL;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The fonts the window ships and draws with (decision 0019): Noto Sans in three faces, named by
 * {@code app.css}, and IPAGothic, never named, which the text engine takes as its fallback for the
 * Japanese characters Noto Sans lacks.
 *
 * <p>They must be loaded before JavaFX first touches a font of any kind (even
 * {@code Font.getDefault()}). On Linux it asks fontconfig once, at that moment, for the list of
 * fonts to fall back to, and keeps it: a font loaded later draws only where it is named, and
 * Japanese comes out as empty boxes on a machine with no CJK font of its own (seen here). Hence not
 * {@code @font-face} in the stylesheet, which is parsed long after, but this class, started before
 * the toolkit; the FX thread waits for it before it builds the window.
 */
public final class WindowFonts {

    /** The family {@code app.css} names for every text of the window. */
    public static final String FAMILY = "Noto Sans";

    static final String FOLDER = "/io/debtmeter/fonts/";
    static final List<String> FILES = List.of(
            "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "ipag.ttf");

    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final CompletableFuture<Void> LOADED = new CompletableFuture<>();

    private WindowFonts() {
    }

    /**
     * Starts loading on a second thread and returns at once: the files load while JavaFX starts.
     * Later calls do nothing.
     */
    public static void loadInBackground() {
        if (STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(WindowFonts::loadAll, "debtmeter-fonts");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Returns once the fonts are loaded, loading them first if nobody has started to. */
    public static void load() {
        if (STARTED.compareAndSet(false, true)) {
            loadAll();
        }
        LOADED.join();
    }

    private static void loadAll() {
        try {
            for (String file : FILES) {
                URL url = WindowFonts.class.getResource(FOLDER + file);
                // A font that cannot be read leaves the window on the system's fonts: never a reason to fail.
                if (url != null) {
                    Font.loadFont(url.toExternalForm(), 12);   // any size: the file is what counts
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // As above: the system's fonts still draw the window.
        } finally {
            LOADED.complete(null);
        }
    }
}
