package io.debtmeter.core.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Real files in a temp folder: a failed or refused export never leaves a partial or a temporary file. */
class SafeFilesTest {

    private static final byte[] OLD = "old report".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    private List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Writes 100 KB, more than the 64 KB buffer, so bytes have reached the temp file, then fails. */
    private static ContentWriter failingHalfway(RuntimeException failure) {
        return out -> {
            out.write(new byte[100 * 1024]);
            throw failure;
        };
    }

    @Test
    void writesTheWholeFileAndLeavesNothingElse() throws IOException {
        Path target = folder.resolve("scores.csv");

        Path written = SafeFiles.write(target, false, out -> out.write("a,b\r\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(written).isEqualTo(target.toAbsolutePath());
        assertThat(Files.readString(target)).isEqualTo("a,b\r\n");
        assertThat(filesIn(folder)).containsExactly("scores.csv");
    }

    @Test
    void aWriterFailingHalfwayLeavesNoTargetAndNoTempFile() throws IOException {
        Path target = folder.resolve("report.pdf");
        IllegalStateException failure = new IllegalStateException("font missing");

        assertThatThrownBy(() -> SafeFiles.write(target, false, failingHalfway(failure))).isSameAs(failure);

        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void aWriterFailingHalfwayWithAnIoErrorIsReportedWithTheFileName() throws IOException {
        Path target = folder.resolve("report.md");

        assertThatThrownBy(() -> SafeFiles.write(target, false, out -> {
            out.write(new byte[100 * 1024]);
            throw new IOException("No space left on device");
        })).isInstanceOf(OutputFileException.class)
                .hasMessage("could not write " + target.toAbsolutePath()
                        + ": the disk is full; free some space and export again (nothing was replaced)")
                .satisfies(e -> assertThat(((OutputFileException) e).reason()).isEqualTo(OutputFileException.Reason.FAILED));

        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void theLeftoverOfAKilledExportIsRemovedByTheNextExportToThatFolder() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        FileTime tenMinutesAgo = FileTime.from(Instant.now().minus(Duration.ofMinutes(10)));
        // What a kill -9 during "export --out out.json" leaves: hidden, private, named by createTempFile.
        Path leftover = planted(".out.json.8815034420968323411.part", "rw-------", tenMinutesAgo);
        // An export running right now in another process: written to moments ago.
        Path running = planted(".out.json.42.part", "rw-------", FileTime.from(Instant.now()));
        // Not ours: other names, other permissions, a folder.
        Path firefox = planted("report.pdf.part", "rw-------", tenMinutesAgo);
        Path unnumbered = planted(".out.json.part", "rw-------", tenMinutesAgo);
        Path sharedOne = planted(".notes.txt.17.part", "rw-r--r--", tenMinutesAgo);
        Path folderNamedLikeOurs = Files.createDirectory(folder.resolve(".x.5.part"));
        Files.setLastModifiedTime(folderNamedLikeOurs, tenMinutesAgo);

        SafeFiles.write(folder.resolve("scores.csv"), false, out -> out.write('x'));

        assertThat(leftover).doesNotExist();
        assertThat(running).exists();
        assertThat(firefox).exists();
        assertThat(unnumbered).exists();
        assertThat(sharedOne).exists();
        assertThat(folderNamedLikeOurs).isDirectory();
        assertThat(folder.resolve("scores.csv")).hasContent("x");
    }

    private Path planted(String name, String permissions, FileTime modified) throws IOException {
        Path file = Files.write(folder.resolve(name), new byte[16 * 1024]);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        Files.setLastModifiedTime(file, modified);
        return file;
    }

    @Test
    void aFailedOverwriteKeepsTheOldBytes() throws IOException {
        Path target = Files.write(folder.resolve("report.pdf"), OLD);

        assertThatThrownBy(() -> SafeFiles.write(target, true, failingHalfway(new UncheckedIOException(new IOException("x")))))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(filesIn(folder)).containsExactly("report.pdf");
    }

    @Test
    void anExistingFileIsRefusedWithoutOverwriteAndTheWriterNeverRuns() throws IOException {
        Path target = Files.write(folder.resolve("report.pdf"), OLD);
        AtomicBoolean ran = new AtomicBoolean();

        assertThatThrownBy(() -> SafeFiles.write(target, false, out -> ran.set(true)))
                .isInstanceOf(OutputFileException.class)
                .hasMessage(target.toAbsolutePath() + " already exists")
                .satisfies(e -> assertThat(((OutputFileException) e).reason()).isEqualTo(OutputFileException.Reason.EXISTS));

        assertThat(ran).isFalse();
        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(filesIn(folder)).containsExactly("report.pdf");
    }

    @Test
    void overwriteReplacesTheFile() throws IOException {
        Path target = Files.write(folder.resolve("report.md"), OLD);

        SafeFiles.write(target, true, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(filesIn(folder)).containsExactly("report.md");
    }

    @Test
    void anExportIsReadableByItsUserAloneEvenWhereItReplacesAFileOthersCouldRead() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path fresh = folder.resolve("scorecard.md");
        Path replaced = Files.setPosixFilePermissions(Files.write(folder.resolve("scores.csv"), OLD),
                PosixFilePermissions.fromString("rw-r--r--"));

        SafeFiles.write(fresh, false, out -> out.write('x'));
        SafeFiles.write(replaced, true, out -> out.write('x'));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(replaced))).isEqualTo("rw-------");
    }

    @Test
    void aMissingFolderIsNamed() {
        Path target = folder.resolve("no-such-folder").resolve("report.md");

        assertThatThrownBy(() -> SafeFiles.write(target, false, out -> out.write(1)))
                .isInstanceOf(OutputFileException.class)
                .hasMessage("cannot write " + target.toAbsolutePath() + ": the folder "
                        + folder.resolve("no-such-folder").toAbsolutePath() + " does not exist");
        assertThat(Files.exists(folder.resolve("no-such-folder"))).isFalse();
    }

    @Test
    void aFolderAsTargetIsRefused() throws IOException {
        Path target = Files.createDirectory(folder.resolve("reports"));

        assertThatThrownBy(() -> SafeFiles.write(target, true, out -> out.write(1)))
                .isInstanceOf(OutputFileException.class)
                .hasMessageContaining("it is a folder");
        assertThat(filesIn(target)).isEmpty();
    }

    @Test
    void aReadOnlyFolderIsNamedAndNothingIsLeftInIt() throws Exception {
        Path readOnly = Files.createDirectory(folder.resolve("locked"));
        Path target = readOnly.resolve("report.md");
        ReadOnlyFolder.make(readOnly);
        try {
            assertThatThrownBy(() -> SafeFiles.write(target, false, out -> out.write(1)))
                    .isInstanceOf(OutputFileException.class)
                    .hasMessage("cannot write " + target.toAbsolutePath() + ": the folder " + readOnly.toAbsolutePath()
                            + " is read-only or not yours")
                    .satisfies(e -> assertThat(((OutputFileException) e).reason())
                            .isEqualTo(OutputFileException.Reason.NOT_WRITABLE));
        } finally {
            ReadOnlyFolder.restore(readOnly);
        }
        assertThat(filesIn(readOnly)).isEmpty();
    }
}
