package io.debtmeter.core.export.pdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Needs fonts-nanum (NanumGothic.ttf), installed by .ci/run. */
class SystemFontsTest {

    static final Path NANUM = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");

    @TempDir
    Path folder;

    @Test
    void findsAFontInASubfolderAndSkipsBrokenFiles() throws Exception {
        Path sub = Files.createDirectories(folder.resolve("a/b"));
        Files.write(folder.resolve("a/broken.ttf"), new byte[]{1, 2, 3, 4, 5});
        Files.write(folder.resolve("a/empty.ttc"), new byte[0]);
        Files.writeString(folder.resolve("a/readme.txt"), "not a font");
        Files.copy(NANUM, sub.resolve("NanumGothic.ttf"));
        SystemFonts fonts = new SystemFonts(List.of(folder.resolve("missing"), folder));

        assertThat(fonts.faceFor('안')).hasValueSatisfying(face -> assertThat(face.name()).isEqualTo("NanumGothic"));
        assertThat(fonts.faceFor(0xE000)).isEmpty();
        assertThat(fonts.facesRead()).containsExactly("NanumGothic.ttf");
    }

    @Test
    void boldTextTakesTheBoldFaceBesideTheRegularOne() throws Exception {
        Files.copy(NANUM, folder.resolve("NanumGothic.ttf"));
        Files.copy(NANUM.resolveSibling("NanumGothicBold.ttf"), folder.resolve("NanumGothicBold.ttf"));
        SystemFonts fonts = new SystemFonts(List.of(folder));

        assertThat(fonts.faceFor('안')).hasValueSatisfying(
                face -> assertThat(face.file().getFileName()).hasToString("NanumGothic.ttf"));
        assertThat(fonts.boldFaceFor('안')).hasValueSatisfying(
                face -> assertThat(face.file().getFileName()).hasToString("NanumGothicBold.ttf"));
    }

    @Test
    void withoutABoldFaceBoldTextTakesTheRegularOne() throws Exception {
        Files.copy(NANUM, folder.resolve("NanumGothic.ttf"));

        assertThat(new SystemFonts(List.of(folder)).boldFaceFor('안')).hasValueSatisfying(
                face -> assertThat(face.file().getFileName()).hasToString("NanumGothic.ttf"));
    }

    @Test
    void anEmptyFolderHasNoFonts() {
        assertThat(new SystemFonts(List.of(folder)).faceFor('안')).isEmpty();
        assertThat(SystemFonts.none().faceFor('안')).isEmpty();
    }

    @Test
    void regularSansFacesComeFirst() {
        List<String> names = List.of("NotoSerifDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf",
                "DejaVuSans.ttf", "NotoSansDevanagari-Regular.ttf", "NanumGothicCoding.ttf");

        assertThat(names.stream().sorted(java.util.Comparator.comparingInt(SystemFonts::preference)).toList())
                .startsWith("NotoSansDevanagari-Regular.ttf", "DejaVuSans.ttf", "NotoSerifDevanagari-Regular.ttf");
    }

    @Test
    void theFolderListFollowsTheOperatingSystem() {
        assertThat(SystemFonts.defaultFolders()).isNotEmpty();
    }
}
