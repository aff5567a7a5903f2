package io.debtmeter.core.export.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/** Reading generated PDFs back, and keeping a copy under target/pdf/ for people to look at. */
final class PdfFiles {

    private PdfFiles() {
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code reading} finds in the document, which is closed afterwards. */
    private static <T> T read(byte[] pdf, Reading<T> reading) {
        try (PDDocument document = load(pdf)) {
            return reading.of(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A look into an open document, which PDFBox may fail with an IOException. */
    private interface Reading<T> {
        T of(PDDocument document) throws IOException;
    }

    /** The text of each page, page 1 first. */
    static List<String> pageTexts(byte[] pdf) {
        return read(pdf, document -> {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        });
    }

    /** The right edge (x + width, in points) of the rightmost glyph on each page. */
    static List<Float> rightmostGlyph(byte[] pdf) {
        return largestPerPage(pdf, p -> p.getXDirAdj() + p.getWidthDirAdj());
    }

    /**
     * How far down the lowest glyph on each page reaches, in points from the page's top edge (its
     * baseline): more than the page's height means text drawn below the page, where no reader shows it.
     */
    static List<Float> lowestGlyph(byte[] pdf) {
        return largestPerPage(pdf, TextPosition::getYDirAdj);
    }

    /** The largest {@code measure} of any glyph, page by page. */
    private static List<Float> largestPerPage(byte[] pdf, ToDoubleFunction<TextPosition> measure) {
        return read(pdf, document -> {
            List<Float> largest = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                float[] most = {0};
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        for (TextPosition p : positions) {
                            most[0] = Math.max(most[0], (float) measure.applyAsDouble(p));
                        }
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
                largest.add(most[0]);
            }
            return largest;
        });
    }

    /** Every font used on any page, and whether each is embedded, by font name. */
    static Map<String, Boolean> fonts(byte[] pdf) {
        return read(pdf, document -> {
            Map<String, Boolean> fonts = new TreeMap<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.put(font.getName(), font.isEmbedded());
                }
            }
            return fonts;
        });
    }

    /**
     * The /ActualText of every marked-content span on every page, in content order: what copy-and-paste
     * and poppler's pdftotext give for glyphs that have no character of their own (Devanagari conjuncts).
     * PDFBox's own text extractor ignores /ActualText.
     */
    static List<String> actualTexts(byte[] pdf) {
        return read(pdf, document -> {
            List<String> texts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                List<Object> tokens = new PDFStreamParser(page).parse();
                for (int i = 1; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof Operator op && op.getName().equals("BDC")
                            && tokens.get(i - 1) instanceof COSDictionary properties
                            && properties.getString(COSName.ACTUAL_TEXT) != null) {
                        texts.add(properties.getString(COSName.ACTUAL_TEXT));
                    }
                }
            }
            return texts;
        });
    }

    /** How many images (raster XObjects) the pages hold: charts must be vectors, so none. */
    static int images(byte[] pdf) {
        return read(pdf, document -> {
            int images = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            return images;
        });
    }

    /** Width × height of every page's media box, in points. */
    static List<String> mediaBoxes(byte[] pdf) {
        return read(pdf, document -> {
            List<String> sizes = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                sizes.add(Math.round(page.getMediaBox().getWidth()) + "x" + Math.round(page.getMediaBox().getHeight()));
            }
            return sizes;
        });
    }

    /** Saves the report as target/pdf/NAME.pdf so it can be opened or rendered with pdftoppm. */
    static void keep(String name, byte[] pdf) {
        try {
            Path folder = Path.of("target", "pdf");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
