package io.debtmeter.core.export.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where the installed fonts live and in which order {@link SystemFonts} tries them: listing the
 * folders is kept apart from choosing a face, so the order can be read (and tuned) on its own.
 */
final class FontFolders {

    private FontFolders() {
    }

    /** The font folders of this operating system, for the current user and for everyone. */
    static List<Path> defaultFolders() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        List<Path> found = new ArrayList<>();
        if (os.startsWith("windows")) {
            String windir = System.getenv("WINDIR");
            found.add(Path.of(windir == null ? "C:\\Windows" : windir, "Fonts"));
            String local = System.getenv("LOCALAPPDATA");
            if (local != null) {
                found.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
            }
        } else if (os.contains("mac")) {
            found.add(Path.of("/System/Library/Fonts"));
            found.add(Path.of("/Library/Fonts"));
            found.add(home.resolve("Library/Fonts"));
        } else {
            found.add(Path.of("/usr/share/fonts"));
            found.add(Path.of("/usr/local/share/fonts"));
            found.add(home.resolve(".local/share/fonts"));
            found.add(home.resolve(".fonts"));
        }
        return found;
    }

    /** Every font file in the folders, the preferred ones first (see {@link #preference}). */
    static List<Path> listFiles(List<Path> folders) {
        List<Path> list = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder, 8, FileVisitOption.FOLLOW_LINKS)) {
                walk.filter(FontFolders::isFontFile).filter(Files::isRegularFile).forEach(list::add);
            } catch (IOException | UncheckedIOException | SecurityException e) {
                // A folder we may not read (or a link loop) only means fewer fonts to choose from.
            }
        }
        list.sort(Comparator.comparingInt((Path p) -> preference(p.getFileName().toString()))
                .thenComparingInt(p -> p.getFileName().toString().length())
                .thenComparing(p -> p.getFileName().toString()));
        return list;
    }

    private static boolean isFontFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc");
    }

    /**
     * Lower is better: regular faces of sans families first (they sit best beside Noto Sans), Noto
     * before others, then serif families, then bold, italic, light, condensed and monospaced faces.
     */
    static int preference(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int score = 0;
        if (!name.startsWith("noto")) {
            score += 1;
        }
        if (name.contains("serif") || name.contains("naskh") || name.contains("myeongjo") || name.contains("mincho")
                || name.contains("batang") || name.contains("kufi")) {
            score += 2;
        }
        for (String style : List.of("bold", "italic", "oblique", "light", "thin", "black", "heavy", "medium",
                "semibold", "extrabold", "condensed", "narrow", "mono", "coding", "display", "looped")) {
            if (name.contains(style)) {
                score += 4;
            }
        }
        return score;
    }
}
