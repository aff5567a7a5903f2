package io.debtmeter.core.export;

import io.debtmeter.core.platform.PrivateFiles;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
 */
public final class SafeFiles {

    private static final String TEMP_SUFFIX = ".part";

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
                        "could not write " + file + ": " + describe(e), e);
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
                    "cannot write " + file + ": the folder " + folder + " does not exist", null);
        }
        if (Files.isDirectory(file)) {
            throw new OutputFileException(OutputFileException.Reason.IS_FOLDER, file,
                    "cannot write " + file + ": it is a folder; give a file name", null);
        }
        if (Files.exists(file) && !overwrite) {
            throw new OutputFileException(OutputFileException.Reason.EXISTS, file,
                    file + " already exists", null);
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
                    "cannot write " + file + ": " + describe(e), e);
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
                    file + " already exists", e);
        } catch (AccessDeniedException e) {
            throw notWritable(file, file.getParent(), e);
        } catch (IOException e) {
            throw new OutputFileException(OutputFileException.Reason.FAILED, file,
                    "could not move the new file into place at " + file + ": " + describe(e), e);
        }
    }

    private static OutputFileException notWritable(Path file, Path folder, Throwable cause) {
        return new OutputFileException(OutputFileException.Reason.NOT_WRITABLE, file,
                "cannot write " + file + ": the folder " + folder + " is read-only or not yours", cause);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
