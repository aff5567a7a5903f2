package io.debtmeter.core.export.pdf;

import io.debtmeter.core.export.pdf.SystemFonts.Face;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a font file's usable faces and their character maps for {@link SystemFonts}: the parsing
 * of FontBox tables is kept apart from the search that decides which face draws a character.
 */
final class FaceCoverageReader {

    private static final int[] NOTHING = new int[0];

    private FaceCoverageReader() {
    }

    /**
     * The usable faces of one file, each with its character map (sorted code points) put into
     * {@code coverage}; none if the file is unusable.
     */
    static List<Face> readFaces(Path file, Map<Face, int[]> coverage) {
        List<Face> found = new ArrayList<>();
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                    int[] index = {0};
                    collection.processAllFonts(font -> {
                        addFace(found, coverage, new Face(file, index[0]++, font.getName()), font);
                    });
                }
            } else {
                try (TrueTypeFont font = new OTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                    addFace(found, coverage, new Face(file, -1, font.getName()), font);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // Broken or unsupported font files are skipped.
        }
        return found;
    }

    private static void addFace(List<Face> found, Map<Face, int[]> coverage, Face face, TrueTypeFont font)
            throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
            return;
        }
        if (!font.getTableMap().containsKey("glyf") || face.name() == null) {
            return;
        }
        CmapLookup lookup = font.getUnicodeCmapLookup(false);
        if (!(lookup instanceof CmapSubtable cmap)) {
            return;
        }
        int glyphs = font.getNumberOfGlyphs();
        int[] codes = new int[64];
        int size = 0;
        for (int gid = 1; gid < glyphs; gid++) {
            List<Integer> chars = cmap.getCharCodes(gid);
            if (chars == null) {
                continue;
            }
            for (int code : chars) {
                if (size == codes.length) {
                    codes = Arrays.copyOf(codes, size * 2);
                }
                codes[size++] = code;
            }
        }
        int[] sorted = size == 0 ? NOTHING : Arrays.copyOf(codes, size);
        Arrays.sort(sorted);
        coverage.put(face, sorted);
        found.add(face);
    }
}
