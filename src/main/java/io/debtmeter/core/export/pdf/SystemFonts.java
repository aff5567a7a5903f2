package io.debtmeter.core.export.pdf;

import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fonts installed on the machine, for characters the bundled fonts lack (Korean, Devanagari,
 * Arabic, math letters...). Nothing is read until a report asks for such a character; then the font
 * folders are listed once, and each face's character map is read the first time the search reaches
 * it, kept as a sorted array of code points. Answers are cached, so a process pays for the scan once.
 * Only TrueType outlines ({@code glyf}) are used: PDFBox cannot embed CFF-based OpenType, and colour
 * bitmap fonts (emoji) have no outlines. A face that fails a trial embedding is skipped.
 * Thread-safe; {@link #installed()} is shared by the whole process.
 */
public final class SystemFonts {

    private static final class Holder {
        static final SystemFonts INSTALLED = new SystemFonts(defaultFolders());
    }

    /** One face of a font file ({@code index} is its position in a {@code .ttc}, else -1). */
    record Face(Path file, int index, String name) {
    }

    private final List<Path> folders;
    private List<Path> files;
    private final List<Face> faces = new ArrayList<>();
    private int filesRead;
    private final Map<Face, int[]> coverage = new HashMap<>();
    private final Map<Face, Boolean> embeds = new HashMap<>();
    private final Map<Integer, Optional<Face>> answers = new HashMap<>();
    private final Map<Face, Face> boldOf = new HashMap<>();
    private final Map<Path, byte[]> bytes = new HashMap<>();

    /** @param folders searched, with their subfolders, in this order */
    public SystemFonts(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The fonts in the operating system's font folders, scanned at most once per process. */
    public static SystemFonts installed() {
        return Holder.INSTALLED;
    }

    /** A process-wide instance that finds nothing: only the bundled fonts are used. */
    public static SystemFonts none() {
        return new SystemFonts(List.of());
    }

    /** The font folders of this operating system, for the current user and for everyone. */
    static List<Path> defaultFolders() {
        return FontFolders.defaultFolders();
    }

    /** The order in which font files are tried; lower is better (see {@link FontFolders#preference}). */
    static int preference(String fileName) {
        return FontFolders.preference(fileName);
    }

    /** The preferred installed face that can draw {@code codePoint}, if any. */
    synchronized Optional<Face> faceFor(int codePoint) {
        Optional<Face> known = answers.get(codePoint);
        if (known != null) {
            return known;
        }
        Optional<Face> answer = search(codePoint);
        answers.put(codePoint, answer);
        return answer;
    }

    /**
     * The bold face of the family {@link #faceFor} chooses, when it sits beside it under the usual
     * name ({@code X-Regular.ttf} and {@code X-Bold.ttf}, {@code X.ttf} and {@code XBold.ttf} or
     * {@code X-Bold.ttf}) and has the character; else that same regular face.
     */
    synchronized Optional<Face> boldFaceFor(int codePoint) {
        Optional<Face> regular = faceFor(codePoint);
        if (regular.isEmpty()) {
            return regular;
        }
        Face bold = boldOf.computeIfAbsent(regular.get(), this::findBold);
        boolean usable = bold != regular.get() && Arrays.binarySearch(coverage.get(bold), codePoint) >= 0
                && embeds(bold, codePoint);
        return usable ? Optional.of(bold) : regular;
    }

    private Face findBold(Face regular) {
        String name = regular.file().getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (regular.index() >= 0 || dot < 0) {
            return regular;
        }
        String stem = name.substring(0, dot);
        String ending = name.substring(dot);
        List<String> candidates = stem.endsWith("-Regular")
                ? List.of(stem.substring(0, stem.length() - "-Regular".length()) + "-Bold" + ending)
                : List.of(stem + "-Bold" + ending, stem + "Bold" + ending);
        for (String candidate : candidates) {
            Path file = regular.file().resolveSibling(candidate);
            if (Files.isRegularFile(file)) {
                List<Face> read = FaceCoverageReader.readFaces(file, coverage);
                if (!read.isEmpty()) {
                    return read.get(0);
                }
            }
        }
        return regular;
    }

    /** The file's bytes, read once per process (only faces actually used are read). */
    synchronized byte[] bytes(Face face) {
        return bytes.computeIfAbsent(face.file(), file -> {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("The font " + file + " could not be read: " + e.getMessage(), e);
            }
        });
    }

    /** Parses the face from its bytes, ready to embed; the caller owns the font. */
    TrueTypeFont parse(Face face) throws IOException {
        byte[] file = bytes(face);
        if (face.index() < 0) {
            return new OTFParser().parse(new RandomAccessReadBuffer(file));
        }
        // The collection is not closed: closing it would close the face returned from it. It reads
        // from an in-memory buffer, so nothing stays open.
        TrueTypeCollection collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(file));
        TrueTypeFont font = collection.getFontByName(face.name());
        if (font == null) {
            throw new IOException("No face " + face.name() + " in " + face.file());
        }
        return font;
    }

    private Optional<Face> search(int codePoint) {
        if (files == null) {
            files = FontFolders.listFiles(folders);
        }
        for (int i = 0; ; i++) {
            while (i >= faces.size() && filesRead < files.size()) {
                faces.addAll(FaceCoverageReader.readFaces(files.get(filesRead++), coverage));
            }
            if (i >= faces.size()) {
                return Optional.empty();
            }
            Face face = faces.get(i);
            if (Arrays.binarySearch(coverage.get(face), codePoint) >= 0 && embeds(face, codePoint)) {
                return Optional.of(face);
            }
        }
    }


    /**
     * Whether PDFBox can embed the face: checked once per face by drawing the character into a
     * throw-away document, so a font PDFBox rejects (licence bits, odd tables) is skipped, never
     * crashes an export.
     */
    private boolean embeds(Face face, int codePoint) {
        return embeds.computeIfAbsent(face, f -> {
            try (PDDocument trial = new PDDocument(); TrueTypeFont font = parse(f)) {
                // As the report will load it: a GSUB table PDFBox chokes on shows up here.
                font.setEnableGsub(ReportFonts.shapedByPdfbox(font));
                PDType0Font pdFont = PDType0Font.load(trial, font, true);
                PDPage page = new PDPage();
                trial.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(trial, page)) {
                    stream.beginText();
                    stream.setFont(pdFont, 10);
                    stream.showText(new String(Character.toChars(codePoint)));
                    stream.endText();
                }
                trial.save(OutputStream.nullOutputStream());
                return true;
            } catch (IOException | RuntimeException rejected) {
                return false;
            }
        });
    }

    /** For tests and diagnostics: the file names of the faces read so far, in search order. */
    synchronized List<String> facesRead() {
        return faces.stream().map(face -> face.file().getFileName() + (face.index() < 0 ? "" : "#" + face.index())).toList();
    }
}