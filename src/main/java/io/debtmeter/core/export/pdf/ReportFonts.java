package io.debtmeter.core.export.pdf;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fonts of one document and the font fallback PDFBox does not do itself: a string is split into
 * runs, each drawn by the first font that has glyphs for its characters: Noto Sans, then IPAGothic
 * (both shipped), then a font installed on the machine ({@link SystemFonts}). Only what a document
 * needs is embedded, as subsets. Arabic is shaped ({@link ArabicShaper}) and right-to-left text put
 * in visual order ({@link VisualOrder}) before it is split; bold text takes the installed font's bold
 * face when there is one; Devanagari, Bengali and Gujarati fonts
 * keep PDFBox's own OpenType substitutions (conjuncts, vowel signs), every other font has them off.
 * A character no font has is drawn as {@link #MISSING} and remembered ({@link #replaced()}).
 */
final class ReportFonts {

    /** Drawn for a character no font has, so the rest of the text still renders. */
    static final String MISSING = "?";

    /** PDFBox 3 has substitution workers for these scripts; for every other font it would only add ligatures. */
    private static final Set<Language> SHAPED_BY_PDFBOX = Set.of(Language.DEVANAGARI, Language.BENGALI,
            Language.GUJARATI);

    private final PDDocument document;
    private final FontFiles files;
    private final Font regular;
    private final Font bold;
    private Font fallback;
    private final Map<SystemFonts.Face, Font> system = new LinkedHashMap<>();
    private final Map<Integer, Optional<Font>> systemFor = new HashMap<>();
    private final Map<Integer, Optional<Font>> systemBoldFor = new HashMap<>();
    private final Set<Integer> replaced = new LinkedHashSet<>();

    ReportFonts(PDDocument document, FontFiles files) {
        this.document = document;
        this.files = files;
        this.regular = load(parse(files.regular()));
        this.bold = load(parse(files.bold()));
    }

    /** The runs that draw {@code text}; characters no font has become {@link #MISSING}. */
    List<TextRun> runs(String text, boolean boldFace) {
        String visual = text;
        if (ArabicShaper.needed(visual)) {
            visual = ArabicShaper.shape(visual);
        }
        if (VisualOrder.needed(visual)) {
            visual = VisualOrder.reorder(visual);
        }
        Runs runs = new Runs(boldFace ? bold : regular);
        visual.codePoints().forEach(runs::add);
        return runs.finish();
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
        return run.width() / 1000f * size;
    }

    /** The fonts this document actually uses. */
    List<PDFont> loaded() {
        List<PDFont> fonts = new ArrayList<>(List.of(regular.pdf, bold.pdf));
        if (fallback != null) {
            fonts.add(fallback.pdf);
        }
        system.values().forEach(font -> fonts.add(font.pdf));
        return fonts;
    }

    /** The characters drawn as {@link #MISSING} so far, in the order first met. */
    List<Integer> replaced() {
        return List.copyOf(replaced);
    }

    /** Splits one line into runs as its characters come. */
    private final class Runs {
        private final Font main;
        private final List<TextRun> done = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private Font currentFont;

        Runs(Font main) {
            this.main = main;
        }

        void add(int codePoint) {
            Font font = fontFor(codePoint, main);
            if (font != null) {
                append(font, codePoint);
                return;
            }
            if (isPresentationForm(codePoint)) {
                // No installed font has the joined form: the plain letter is still better than "?".
                String letters = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
                if (letters.codePoints().allMatch(cp -> fontFor(cp, main) != null)) {
                    letters.codePoints().forEach(cp -> append(fontFor(cp, main), cp));
                    return;
                }
            }
            if (isIgnorable(codePoint)) {
                return;
            }
            replaced.add(codePoint);
            append(main, MISSING.codePointAt(0));
        }

        private void append(Font font, int codePoint) {
            if (font != currentFont && current.length() > 0) {
                flush();
            }
            currentFont = font;
            current.appendCodePoint(codePoint);
        }

        private void flush() {
            String text = current.toString();
            done.add(new TextRun(currentFont.pdf, text, currentFont.width(text), currentFont.gsub != null));
            current.setLength(0);
        }

        List<TextRun> finish() {
            if (current.length() > 0) {
                flush();
            }
            return done;
        }
    }

    private Font fontFor(int codePoint, Font main) {
        if (main.has(codePoint)) {
            return main;
        }
        if (fallback().has(codePoint)) {
            return fallback;
        }
        boolean boldFace = main == bold;
        return (boldFace ? systemBoldFor : systemFor).computeIfAbsent(codePoint, cp ->
                (boldFace ? files.system().boldFaceFor(cp) : files.system().faceFor(cp))
                        .map(face -> system.computeIfAbsent(face, this::load))
                        .filter(font -> font.has(cp))).orElse(null);
    }

    private static boolean isPresentationForm(int codePoint) {
        return (codePoint >= 0xFB50 && codePoint <= 0xFDFF) || (codePoint >= 0xFE70 && codePoint <= 0xFEFF);
    }

    /** Invisible characters (joiners, variation selectors such as the emoji one): dropped when no font has them. */
    private static boolean isIgnorable(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }

    private Font fallback() {
        if (fallback == null) {
            fallback = load(parse(files.fallback()));
        }
        return fallback;
    }

    private static TrueTypeFont parse(byte[] file) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(file));
        } catch (IOException e) {
            throw new UncheckedIOException("A PDF font could not be loaded: " + e.getMessage(), e);
        }
    }

    private Font load(SystemFonts.Face face) {
        try {
            return load(files.system().parse(face));
        } catch (IOException | RuntimeException e) {
            // The font passed the trial embedding but fails here: its characters count as missing.
            return Font.NONE;
        }
    }

    private Font load(TrueTypeFont font) {
        try {
            boolean shaped = shapedByPdfbox(font);
            GsubData gsub = font.getGsubData();
            // Elsewhere PDFBox would set "fi" as one ligature glyph, which copy-and-paste and search
            // then see as U+FB01 instead of the two letters the note contains.
            font.setEnableGsub(shaped);
            PDType0Font pdf = PDType0Font.load(document, font, true);
            GsubWorker worker = shaped ? new GsubWorkerFactory().getGsubWorker(pdf.getCmapLookup(), gsub) : null;
            return new Font(pdf, font, worker);
        } catch (IOException e) {
            throw new UncheckedIOException("A PDF font could not be loaded: " + e.getMessage(), e);
        }
    }

    /** Whether PDFBox has a substitution worker for the font's script (Devanagari, Bengali, Gujarati). */
    static boolean shapedByPdfbox(TrueTypeFont font) throws IOException {
        GsubData gsub = font.getGsubData();
        return gsub != null && gsub != GsubData.NO_DATA_FOUND && SHAPED_BY_PDFBOX.contains(gsub.getLanguage());
    }

    /** One embedded font, what it can encode, and how wide its text is. */
    private static final class Font {
        static final Font NONE = new Font(null, null, null);

        final PDType0Font pdf;
        final TrueTypeFont ttf;
        final GsubWorker gsub;
        private final Map<Integer, Boolean> has = new HashMap<>();

        Font(PDType0Font pdf, TrueTypeFont ttf, GsubWorker gsub) {
            this.pdf = pdf;
            this.ttf = ttf;
            this.gsub = gsub;
        }

        boolean has(int codePoint) {
            if (pdf == null) {
                return false;
            }
            return has.computeIfAbsent(codePoint, cp -> {
                try {
                    pdf.encode(new String(Character.toChars(cp)));
                    return true;
                } catch (IllegalArgumentException | IOException noGlyph) {
                    return false;
                }
            });
        }

        /** Width in thousandths of the font size, of the glyphs PDFBox will actually draw. */
        float width(String text) {
            try {
                if (gsub == null) {
                    return pdf.getStringWidth(text);
                }
                // PDFBox substitutes word by word (split at white space) when it draws: do the same.
                CmapLookup cmap = pdf.getCmapLookup();
                float units = 0;
                for (String word : text.split("(?<=\\s)|(?=\\s)")) {
                    List<Integer> glyphs = new ArrayList<>();
                    word.codePoints().forEach(cp -> glyphs.add(cmap.getGlyphId(cp)));
                    for (int glyph : word.isBlank() ? glyphs : gsub.applyTransforms(glyphs)) {
                        units += ttf.getAdvanceWidth(glyph);
                    }
                }
                return units * 1000f / ttf.getUnitsPerEm();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
