package io.debtmeter.core.export;

import io.debtmeter.core.platform.PrivateFiles;
import io.debtmeter.core.platform.ProblemTexts;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.regex.Pattern;

/**
 * Writes export files so that no half-written file is ever left behind: the content goes to a
 * hidden temporary file in the target's own folder (so the final move stays on one file system),
 * is forced to disk, and only then is moved over the target. If the writer throws, the temporary
 * file is deleted and the target, new or old, is untouched. A report tells a team's weaknesses, so
 * the file is its user's alone (0600, see {@link PrivateFiles}), whatever the file it replaces was.
 *
 * <p>Without {@code overwrite} an existing target is refused before anything is written. The check
 * and the move are two steps, so a file created by someone else in between would be replaced; for a
 * person exporting a report that window (milliseconds) is acceptable.
 *
 * <p>A process killed while writing (power cut, kill -9) leaves its temporary file, up to the size of
 * the export. Each export removes such leftovers from its folder: only files named as we name them
 * ({@code .<name>.<digits>.part}), not written to for {@link #STALE_AFTER}, and, where the file system
 * has owners and permissions, owned by this user and private (0600) as we create them. Anything else,
 * another program's {@code .part} file among them, is left alone.
 */
public final class SafeFiles {

    private static final String TEMP_SUFFIX = ".part";
    /** "." + file name + "." + the digits {@link Files#createTempFile} adds + ".part". */
    private static final Pattern OUR_TEMP_FILE = Pattern.compile("\\..+\\.\\d{1,20}\\.part");
    /** Longer than any pause between two writes of a running export: it writes 64 KB at a time. */
    static final Duration STALE_AFTER = Duration.ofMinutes(1);

    private SafeFiles() {
    }

    /**
     * @param target    the file to create or replace
     * @param overwrite whether an existing file may be replaced (the user asked for it)
     * @return the target as an absolute path, for "Wrote ..." messages
     * @throws OutputFileException when the file cannot be written or put in place (an I/O failure
     *                             of the writer included); the message names the file
     * Runtime exceptions of the writer pass through unchanged; in every failure the target is untouched.
     */
    public static Path write(Path target, boolean overwrite, ContentWriter writer) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        checkTarget(file, folder, overwrite);
        Path temp = createTemp(file, folder);
        removeStaleTempFiles(folder, temp);
        boolean moved = false;
        try {
            try (FileOutputStream stream = new FileOutputStream(temp.toFile());
                 OutputStream out = new BufferedOutputStream(stream, 64 * 1024)) {
                writer.writeTo(out);
                out.flush();
                // On disk before the rename: after a power cut the target is the old file or the whole new one.
                stream.getChannel().force(true);
            } catch (IOException e) {
                if (e instanceof OutputFileException) {
                    throw e;
                }
                throw new OutputFileException(OutputFileException.Reason.FAILED, file,
                        texts -> texts.get("output.writeFailed", file, describe(e, texts)), e);
            }
            moveIntoPlace(temp, file, overwrite);
            moved = true;
            return file;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void checkTarget(Path file, Path folder, boolean overwrite) throws OutputFileException {
        if (folder == null || !Files.isDirectory(folder)) {
            throw new OutputFileException(OutputFileException.Reason.NO_FOLDER, file,
                    texts -> texts.get("output.noFolder", file, folder), null);
        }
        if (Files.isDirectory(file)) {
            throw new OutputFileException(OutputFileException.Reason.IS_FOLDER, file,
                    texts -> texts.get("output.isFolder", file), null);
        }
        if (Files.exists(file) && !overwrite) {
            throw new OutputFileException(OutputFileException.Reason.EXISTS, file,
                    texts -> texts.get("output.exists", file), null);
        }
        if (!Files.isWritable(folder)) {
            throw notWritable(file, folder, null);
        }
    }

    private static Path createTemp(Path file, Path folder) throws OutputFileException {
        try {
            // Hidden and clearly ours, so a leftover after a killed process is recognisable.
            return PrivateFiles.createTempFile(folder, "." + file.getFileName() + ".", TEMP_SUFFIX);
        } catch (AccessDeniedException e) {
            throw notWritable(file, folder, e);
        } catch (IOException e) {
            throw new OutputFileException(OutputFileException.Reason.FAILED, file,
                    texts -> texts.get("output.cannotWrite", file, describe(e, texts)), e);
        }
    }

    /**
     * Removes what killed exports left in the folder (see the class comment). Our own new temporary
     * file tells who "we" are: its owner. Failures are ignored; a leftover is untidy, not harmful.
     */
    static int removeStaleTempFiles(Path folder, Path ours) {
        int removed = 0;
        Instant staleBefore = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(folder,
                path -> OUR_TEMP_FILE.matcher(path.getFileName().toString()).matches() && !path.equals(ours))) {
            for (Path candidate : candidates) {
                if (isStaleAndOurs(candidate, ours, staleBefore)) {
                    removed += Files.deleteIfExists(candidate) ? 1 : 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up is a courtesy: the export itself goes on.
        }
        return removed;
    }

    private static boolean isStaleAndOurs(Path candidate, Path ours, Instant staleBefore) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(candidate, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || !attributes.lastModifiedTime().toInstant().isBefore(staleBefore)) {
                return false;
            }
            if (!PrivateFiles.isPosix(candidate)) {
                return true;
            }
            PosixFileAttributes posix = Files.readAttributes(candidate, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return posix.owner().equals(Files.getOwner(ours))
                    && posix.permissions().equals(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void moveIntoPlace(Path temp, Path file, boolean overwrite) throws OutputFileException {
        try {
            if (!overwrite) {
                // Without REPLACE_EXISTING the move refuses a file that appeared while we were writing.
                Files.move(temp, file);
                return;
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileAlreadyExistsException e) {
            throw new OutputFileException(OutputFileException.Reason.EXISTS, file,
                    texts -> texts.get("output.exists", file), e);
        } catch (AccessDeniedException e) {
            throw notWritable(file, file.getParent(), e);
        } catch (IOException e) {
            throw new OutputFileException(OutputFileException.Reason.FAILED, file,
                    texts -> texts.get("output.moveFailed", file, describe(e, texts)), e);
        }
    }

    private static OutputFileException notWritable(Path file, Path folder, Throwable cause) {
        return new OutputFileException(OutputFileException.Reason.NOT_WRITABLE, file,
                texts -> texts.get("output.notWritable", file, folder), cause);
    }

    /** The system's own words, unless they are a full disk or quota, which we say in the reader's language. */
    private static String describe(IOException e, ProblemTexts texts) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("No space left on device") || message.contains("There is not enough space on the disk")) {
            return texts.get("output.diskFull");
        }
        if (message.contains("Disk quota exceeded")) {
            return texts.get("output.quota");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
