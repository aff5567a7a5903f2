package io.debtmeter.core.storage;

import io.debtmeter.core.platform.PrivateFiles;
import io.debtmeter.core.platform.UserDirectories;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A private note in the user's data folder ({@code checked/<hash of the file's path>}, never beside the
 * database, where reading must leave nothing) that SQLite's check of the whole file passed while the
 * file and its log had exactly this size and modification time. A listing command may then trust it rather than wait for the next check (2.5 s on
 * 500 teams × 40 assessments, five times the listing): any write — by Debtmeter, another program, or
 * {@code dd} — changes the time or the size, and the next command waits for a fresh check again. Only
 * listings trust it; writes always wait for the check of this open.
 */
final class CheckedMark {

    private final Path database;
    private final Path notes;

    /** Notes kept in the user's data folder. */
    CheckedMark(Path database) {
        this(database, UserDirectories.ofThisMachine().dataFolder().resolve("checked"));
    }

    CheckedMark(Path database, Path notes) {
        this.database = database;
        this.notes = notes;
    }

    Path file() {
        return notes.resolve(hash(database.toAbsolutePath().normalize().toString()));
    }

    /** What the file and its log look like now; empty when they cannot be read. */
    Optional<String> stateNow() {
        try {
            return Optional.of(state(database, false) + " " + state(database.resolveSibling(database.getFileName() + "-wal"), true));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** True when a check passed on the file as it is now. */
    boolean vouchesForNow() {
        Optional<String> now = stateNow();
        if (now.isEmpty()) {
            return false;
        }
        try {
            return Files.readString(file(), StandardCharsets.US_ASCII).strip().equals(now.get());
        } catch (IOException e) {
            return false;
        }
    }

    /** The check passed on the file as it was in {@code checkedState}; noted only if it is still so. */
    void notePassed(String checkedState) {
        if (!stateNow().equals(Optional.of(checkedState))) {
            return;
        }
        try {
            PrivateFiles.createFolders(notes);
            Path temporary = PrivateFiles.createTempFile(notes, ".checked", ".tmp");
            Files.writeString(temporary, checkedState + "\n", StandardCharsets.US_ASCII);
            Files.move(temporary, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            // Only a shortcut is lost: the next listing waits for the check.
        }
    }

    /** Damage was found: nothing vouches for the file any more. */
    void forget() {
        try {
            Files.deleteIfExists(file());
        } catch (IOException e) {
            // A stale note cannot match a damaged file's new state after repair; at worst it stays.
        }
    }

    private static String hash(String path) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** An empty log holds nothing (SQLite makes one at every open and removes it at the last close). */
    private static String state(Path path, boolean emptyIsNone) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (emptyIsNone && attributes.size() == 0) {
                return "-";
            }
            return attributes.size() + ":" + attributes.lastModifiedTime().toInstant();
        } catch (NoSuchFileException e) {
            return "-";
        }
    }
}
