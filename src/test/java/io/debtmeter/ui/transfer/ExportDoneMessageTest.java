package io.debtmeter.ui.transfer;

import io.debtmeter.core.export.ExportResult;
import io.debtmeter.ui.common.Texts;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's "export finished" notice names the characters a PDF had to replace (issue 17, point 6). */
class ExportDoneMessageTest {

    private final Texts texts = new Texts(Locale.ENGLISH);
    private final Path written = Path.of("/home/ann/team.pdf");

    @Test
    void aCompleteExportSaysWhereItWent() {
        assertThat(ExportFlow.doneMessage(texts, written, ExportResult.COMPLETE))
                .isEqualTo("Exported team.pdf to " + written.getParent());
    }

    @Test
    void replacedCharactersAreNamedWithTheirCodePoints() {
        String message = ExportFlow.doneMessage(texts, written, new ExportResult(List.of(0x1F680, 0x1D518)));

        assertThat(message).isEqualTo("Exported team.pdf to " + written.getParent() + "\n"
                + "2 characters could not be drawn and were replaced by ?: 🚀 (U+1F680), 𝔘 (U+1D518)."
                + " Install a font that has them (see README).");
    }

    @Test
    void oneReplacedCharacterIsSingular() {
        assertThat(ExportFlow.doneMessage(texts, written, new ExportResult(List.of(0xE000))))
                .endsWith("\n1 character could not be drawn and was replaced by ?: \uFFFD (U+E000)."
                        + " Install a font that has it (see README).");
    }
}
