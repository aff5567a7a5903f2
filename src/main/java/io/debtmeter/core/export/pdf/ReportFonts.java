package io.debtmeter.core.export.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts of one document and the font fallback PDFBox does not do itself: a string is split into
 * runs, each drawn by the first font that has glyphs for its characters (Noto Sans, then IPAGothic).
 * The fallback is embedded only when a document needs it. Fonts are embedded as subsets.
 */
final class ReportFonts {

    /** Drawn for a character no font has, so the rest of the text still renders. */
    static final String MISSING = "?";

    private final PDDocument document;
    private final FontFiles files;
    private final PDFont regular;
    private final PDFont bold;
    private PDFont fallback;
    private final Map<Integer, Boolean> regularHas = new HashMap<>();
    private final Map<Integer, Boolean> boldHas = new HashMap<>();
    private final Map<Integer, Boolean> fallbackHas = new HashMap<>();

    ReportFonts(PDDocument document, FontFiles files) {
        this.document = document;
        this.files = files;
        this.regular = load(files.regular());
        this.bold = load(files.bold());
    }

    /** The runs that draw {@code text}; characters no font has become {@link #MISSING}. */
    List<TextRun> runs(String text, boolean boldFace) {
        PDFont main = boldFace ? bold : regular;
        Map<Integer, Boolean> mainHas = boldFace ? boldHas : regularHas;
        List<TextRun> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            PDFont font;
            String piece = new String(Character.toChars(codePoint));
            if (has(main, mainHas, codePoint)) {
                font = main;
            } else if (has(fallback(), fallbackHas, codePoint)) {
                font = fallback;
            } else {
                font = main;
                piece = MISSING;
            }
            if (font != currentFont && current.length() > 0) {
                runs.add(new TextRun(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.append(piece);
        }
        if (current.length() > 0) {
            runs.add(new TextRun(currentFont, current.toString()));
        }
        return runs;
    }

    /** Width of {@code text} in points at {@code size}. */
    float width(String text, boolean boldFace, float size) {
        float width = 0;
        for (TextRun run : runs(text, boldFace)) {
            width += widthOf(run, size);
        }
        return width;
    }

    static float widthOf(TextRun run, float size) {
        try {
            return run.font().getStringWidth(run.text()) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fonts this document actually uses. */
    List<PDFont> loaded() {
        return fallback == null ? List.of(regular, bold) : List.of(regular, bold, fallback);
    }

    private PDFont fallback() {
        if (fallback == null) {
            fallback = load(files.fallback());
        }
        return fallback;
    }

    private static boolean has(PDFont font, Map<Integer, Boolean> cache, int codePoint) {
        return cache.computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException noGlyph) {
                return false;
            }
        });
    }

    private PDFont load(byte[] file) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
            // PDFBox would otherwise set "fi" as one ligature glyph, which copy-and-paste and search
            // then see as U+FB01 instead of the two letters the note contains.
            font.setEnableGsub(false);
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException("A PDF font could not be loaded: " + e.getMessage(), e);
        }
    }
}
