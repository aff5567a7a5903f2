package io.debtmeter.benchmark;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.export.pdf.PageFormat;
import io.debtmeter.core.export.pdf.PdfOptions;
import io.debtmeter.core.export.pdf.PdfReports;
import io.debtmeter.core.export.pdf.ScorecardReportData;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.sample.SampleData;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * How long the scorecard PDF of the sample team's latest assessment takes, warm, beside a bare PDFBox
 * document with the same pages, the same number of text pieces and glyphs (in the same embedded
 * Noto Sans regular and bold, as subsets) and the same number of vector shapes, counted from the report itself.
 * "(store)" includes reading and scoring the assessment from SQLite; "(data)" lays out and writes
 * from data already read. All run in one process, alternately, after a warm-up. Not a test (Surefire never runs it).
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.debtmeter.benchmark.PdfBenchmark
 * </pre>
 * With {@code bare-once PAGES TEXTS GLYPHS SHAPES OUT.pdf} it writes one bare document and exits: the
 * cold-process baseline beside a cold {@code debtmeter export --format pdf} (docs/benchmarks.md).
 */
public final class PdfBenchmark {

    private static final int WARM_UP = 15;
    private static final int MEASURED = 30;

    private PdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 6 && args[0].equals("bare-once")) {
            bareOnce(args);
            return;
        }
        Path folder = Files.createTempDirectory("pdf-benchmark");
        try (AssessmentStore store = SqliteAssessmentStore.open(folder.resolve("sample.db"))) {
            Rubric rubric = new RubricCatalog(new RubricLoader(), folder).load()
                    .find(RubricCatalog.DEFAULT_RUBRIC_ID).orElseThrow().rubric();
            Team team = new SampleData(store).load(rubric, LocalDate.of(2026, 11, 15));
            UUID latest = store.assessments(team.id()).get(0).id();
            PdfReports reports = new PdfReports(new ScoreCalculator());
            PdfOptions options = new PdfOptions(PageFormat.A4, Clock.systemUTC(), Locale.UK);
            byte[] report = export(reports, store, latest, options);
            Counts counts = Counts.of(report);
            byte[] font = font("NotoSans-Regular.ttf");
            byte[] bold = font("NotoSans-Bold.ttf");
            ScorecardReportData data = ScorecardReportData.load(store, new ScoreCalculator(), latest);
            System.out.printf(Locale.ROOT, "report: %d pages, %d text pieces, %d glyphs, %d shapes, %d bytes%n",
                    counts.pages, counts.texts, counts.glyphs, counts.shapes, report.length);
            for (int i = 0; i < WARM_UP; i++) {
                export(reports, store, latest, options);
                reports.scorecard(data, options, new ByteArrayOutputStream());
                bare(counts, font, bold);
            }
            long[] reportNanos = new long[MEASURED];
            long[] bareNanos = new long[MEASURED];
            long[] drawNanos = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long start = System.nanoTime();
                export(reports, store, latest, options);
                reportNanos[i] = System.nanoTime() - start;
                start = System.nanoTime();
                reports.scorecard(data, options, new ByteArrayOutputStream());
                drawNanos[i] = System.nanoTime() - start;
                start = System.nanoTime();
                int bareSize = bare(counts, font, bold).length;
                bareNanos[i] = System.nanoTime() - start;
                if (i == 0) {
                    System.out.printf(Locale.ROOT, "bare document: %d bytes%n", bareSize);
                }
            }
            double reportMedian = median(reportNanos);
            double bareMedian = median(bareNanos);
            System.out.printf(Locale.ROOT, "%d runs after %d warm-up, median (min):%n", MEASURED, WARM_UP);
            System.out.printf(Locale.ROOT, "  bare PDFBox document          %7.1f ms (%.1f)%n", bareMedian, min(bareNanos));
            System.out.printf(Locale.ROOT, "  PdfReports.scorecard (store)  %7.1f ms (%.1f)%n", reportMedian, min(reportNanos));
            System.out.printf(Locale.ROOT, "  PdfReports.scorecard (data)   %7.1f ms (%.1f)%n", median(drawNanos), min(drawNanos));
            System.out.printf(Locale.ROOT, "  ratio                         %7.2fx%n", reportMedian / bareMedian);
        }
    }

    /**
     * One bare document in a fresh JVM, the baseline for a cold {@code debtmeter export --format pdf}:
     * {@code bare-once PAGES TEXTS GLYPHS SHAPES OUT.pdf} with the counts this program prints.
     */
    private static void bareOnce(String[] args) throws Exception {
        Counts counts = new Counts(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Integer.parseInt(args[4]));
        Files.write(Path.of(args[5]), bare(counts, font("NotoSans-Regular.ttf"), font("NotoSans-Bold.ttf")));
    }

    private static byte[] export(PdfReports reports, AssessmentStore store, UUID id, PdfOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.scorecard(store, id, options, out);
        return out.toByteArray();
    }

    /** The same pages, text pieces, glyphs and shapes, drawn with no layout at all. */
    private static byte[] bare(Counts counts, byte[] fontBytes, byte[] boldBytes) throws Exception {
        try (PDDocument document = new PDDocument()) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(fontBytes));
            ttf.setEnableGsub(false);
            PDFont font = PDType0Font.load(document, ttf, true);
            TrueTypeFont boldTtf = new TTFParser().parse(new RandomAccessReadBuffer(boldBytes));
            boldTtf.setEnableGsub(false);
            PDFont bold = PDType0Font.load(document, boldTtf, true);
            int glyphsPerText = Math.max(1, counts.glyphs / Math.max(1, counts.texts));
            String sample = "Pipelines pin and log data versions automatically, refuse unversioned inputs ";
            String piece = sample.repeat(1 + glyphsPerText / sample.length()).substring(0, glyphsPerText);
            for (int p = 0; p < counts.pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    for (int t = p; t < counts.texts; t += counts.pages) {
                        stream.beginText();
                        stream.setFont(t % 4 == 0 ? bold : font, 9.5f);
                        stream.newLineAtOffset(50, 780 - (t / counts.pages % 60) * 12);
                        stream.showText(piece);
                        stream.endText();
                    }
                    for (int s = p; s < counts.shapes; s += counts.pages) {
                        stream.setNonStrokingColor(0.9f, 0.9f, 0.9f);
                        stream.addRect(50, 60 + (s / counts.pages % 60) * 12, 200, 10);
                        stream.fill();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] font(String name) throws Exception {
        try (InputStream in = PdfBenchmark.class.getResourceAsStream("/io/debtmeter/fonts/" + name)) {
            return in.readAllBytes();
        }
    }

    /** What the report draws, read back from its content streams. */
    private record Counts(int pages, int texts, int glyphs, int shapes) {

        static Counts of(byte[] pdf) throws Exception {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                int texts = 0;
                int glyphs = 0;
                int shapes = 0;
                for (PDPage page : document.getPages()) {
                    // getContents() joins all of a page's streams (the decorator appends one to each page).
                    PDFStreamParser parser;
                    try (InputStream contents = page.getContents()) {
                        parser = new PDFStreamParser(contents.readAllBytes());
                    }
                    COSString last = null;
                    for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                        if (token instanceof COSString string) {
                            last = string;
                        } else if (token instanceof Operator operator) {
                            switch (operator.getName()) {
                                case "Tj" -> {
                                    texts++;
                                    // Type 0 fonts with Identity-H: two bytes per glyph.
                                    glyphs += last == null ? 0 : last.getBytes().length / 2;
                                }
                                case "f", "S", "B", "b", "f*", "B*", "s" -> shapes++;
                                default -> {
                                }
                            }
                        }
                    }
                }
                return new Counts(document.getNumberOfPages(), texts, glyphs, shapes);
            }
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] / 1e6
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2e6;
    }

    private static double min(long[] nanos) {
        return Arrays.stream(nanos).min().orElse(0) / 1e6;
    }
}
