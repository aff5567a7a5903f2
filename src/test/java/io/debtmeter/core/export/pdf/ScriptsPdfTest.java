package io.debtmeter.core.export.pdf;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.model.Team;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notes in scripts the shipped fonts lack (Korean, Devanagari, Arabic, emoji, math letters): drawn
 * with the fonts installed on the machine, or reported as replaced. Needs the Debian packages
 * fonts-noto-core, fonts-nanum and fonts-symbola (installed by .ci/run), see docs/decisions/0020.
 */
class ScriptsPdfTest extends WithPdfStore {

    static final String KOREAN = "안녕하세요 팀 여러분";
    static final String TEAM = "검색 팀";
    static final String HINDI = "नमस्ते टीम, क्षमता की जाँच";
    static final String ARABIC = "مرحبا بالفريق";
    static final String EMOJI = "Launch 🚀 soon";
    static final String MATH = "Set 𝔘 of features";
    /** Private use: no installed font has it, on any machine. */
    static final String PRIVATE_USE = "Marker \uE000 here";

    @Test
    void installedFontsDrawKoreanDevanagariArabicAndMathLetters() throws Exception {
        Assessment assessment = assessment(KOREAN, HINDI, ARABIC, MATH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PdfResult result = reports(SystemFonts.installed()).scorecard(store, assessment.id(), options(), out);

        byte[] pdf = out.toByteArray();
        PdfFiles.keep("scorecard-scripts", pdf);
        assertThat(result.replacedCharacters()).isEmpty();
        String text = String.join("\n", PdfFiles.pageTexts(pdf));
        assertThat(text).contains("Note: " + KOREAN, "Note: Set 𝔘 of features", TEAM + " · 2026-Q4");
        // PDFBox's extractor gives Arabic presentation forms back as letters in reading order (NFKC).
        assertThat(Normalizer.normalize(text, Normalizer.Form.NFKC)).contains(ARABIC);
        // Devanagari is drawn with conjunct and reordered glyphs (PDFBox's GSUB worker); those glyphs have
        // no single character in the font's map, so PDFBox's extractor sees only the simple letters of the
        // words. Each Devanagari word carries its text as /ActualText, which copy-and-paste and pdftotext use.
        assertThat(text).contains("नम", "टीम");
        assertThat(PdfFiles.actualTexts(pdf)).containsSubsequence("नमस्ते", "टीम", "क्षमता", "की", "जाँच");
        assertThat(PdfFiles.fonts(pdf).keySet())
                .anyMatch(name -> name.endsWith("+NanumGothic"))
                .anyMatch(name -> name.matches("[A-Z]{6}\\+NanumGothic-?Bold"))
                .anyMatch(name -> name.endsWith("+NotoSansDevanagari-Regular"))
                .anyMatch(name -> name.endsWith("+NotoSansArabic-Regular"))
                .anyMatch(name -> name.endsWith("+NotoSansMath-Regular"));
    }

    @Test
    void charactersNoFontHasAreReportedAndDrawnAsQuestionMarks() throws Exception {
        Assessment assessment = assessment(PRIVATE_USE, "Second \uE000 and \uE001", "plain", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PdfResult result = reports(SystemFonts.installed()).scorecard(store, assessment.id(), options(), out);

        assertThat(result.replacedCharacters()).containsExactly(0xE000, 0xE001);
        assertThat(String.join("\n", PdfFiles.pageTexts(out.toByteArray()))).contains("Note: Marker ? here");
    }

    @Test
    void withOnlyTheShippedFontsKoreanIsReportedNotDroppedSilently() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("no-fonts"));
        Assessment assessment = assessment(KOREAN, "plain", "", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PdfResult result = reports(new SystemFonts(List.of(empty))).scorecard(store, assessment.id(), options(), out);

        assertThat(result.replacedCharacters()).contains((int) '안', (int) '녕').doesNotContain((int) ' ');
        assertThat(String.join("\n", PdfFiles.pageTexts(out.toByteArray()))).contains("Note: ????? ? ???");
    }

    @Test
    void anEmojiIsDrawnWithAnOutlineFontOrReported() throws Exception {
        Assessment assessment = assessment(EMOJI + "\uFE0F", "plain", "", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PdfResult result = reports(SystemFonts.installed()).scorecard(store, assessment.id(), options(), out);

        // With fonts-symbola installed the rocket is drawn in Symbola; the emoji variation selector after
        // it is invisible and never reported.
        assertThat(result.replacedCharacters()).isEmpty();
        assertThat(PdfFiles.fonts(out.toByteArray()).keySet()).anyMatch(name -> name.endsWith("+Symbola"));
        assertThat(String.join("\n", PdfFiles.pageTexts(out.toByteArray()))).contains("Launch 🚀 soon");
    }

    private static PdfReports reports(SystemFonts system) {
        return new PdfReports(new ScoreCalculator(), new FontFiles(system));
    }

    private static PdfOptions options() {
        return new PdfOptions(PageFormat.A4, ScorecardPdfTest.CLOCK, Locale.UK);
    }

    private Assessment assessment(String d1, String d2, String m1, String m2) {
        // A Korean team name goes through the bold title, the running header and the document title.
        Team team = store.createTeam(TEAM);
        Assessment assessment = store.createAssessment(new NewAssessment(team.id(), PdfTestData.smallRubric(),
                LocalDate.of(2026, 11, 15), "2026-Q4", List.of("Min-jun", "Priya", "Layla"), Optional.empty()));
        PdfTestData.save(store, assessment, "d1", new Answer.Level(3), d1, Map.of());
        PdfTestData.save(store, assessment, "d2", new Answer.Level(2), d2, Map.of());
        PdfTestData.save(store, assessment, "m1", new Answer.Level(1), m1, Map.of());
        PdfTestData.save(store, assessment, "m2", new Answer.Level(2), m2, Map.of());
        return assessment;
    }
}
