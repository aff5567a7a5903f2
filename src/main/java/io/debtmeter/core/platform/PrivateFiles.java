package io.debtmeter.core.platform;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps what Debtmeter writes private to its user, because an assessment records a team's
 * weaknesses: folders it makes are 0700, files 0600, and an older file that others can read is
 * tightened, but only when it belongs to the current user (root could change anybody's file).
 * Only on POSIX file systems (Linux, macOS); elsewhere the user's profile already keeps its ACLs
 * and these methods create without asking for permissions, and tighten nothing.
 *
 * <p>New files get their permissions when they are created, never a moment later, so no other
 * user can open one in between.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> GROUP_AND_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PrivateFiles() {
    }

    /** Like {@link Files#createDirectories}; each folder it has to make is 0700, existing ones are left as they are. */
    public static Path createFolders(Path folder) throws IOException {
        return isPosix(folder)
                ? Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER))
                : Files.createDirectories(folder);
    }

    /** Creates an empty 0600 file unless something is there already (which is left alone). */
    public static void createFile(Path file) throws IOException {
        try {
            Files.createFile(file, privateFile(file));
        } catch (FileAlreadyExistsException ignored) {
            // Someone made it first: tighten() is how an existing file is handled.
        }
    }

    /**
     * A 0600 temporary file, for content moved into place later. The JDK makes them 0600 already;
     * asking for it here keeps that true whatever the JDK does.
     */
    public static Path createTempFile(Path folder, String prefix, String suffix) throws IOException {
        return Files.createTempFile(folder, prefix, suffix, privateFile(folder));
    }

    /**
     * Takes every group and other permission off an existing file or folder of the current user,
     * and keeps the owner's as they are (a read-only file stays read-only). Does nothing to a path
     * that is missing or not the user's; a failure (a read-only file system) is not an error, as
     * a file that stays readable is no reason to stop the user working with it.
     *
     * @return whether the permissions were changed
     */
    public static boolean tighten(Path path) {
        return tighten(path, CurrentUser.of(path));
    }

    /** With the current user given, so a test can be someone else. */
    static boolean tighten(Path path, Optional<UserPrincipal> currentUser) {
        if (currentUser.isEmpty() || !isPosix(path)) {
            return false;
        }
        try {
            PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class);
            if (!attributes.owner().equals(currentUser.get())) {
                return false;
            }
            Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
            permissions.addAll(attributes.permissions());
            if (!permissions.removeAll(GROUP_AND_OTHERS)) {
                return false;
            }
            Files.setPosixFilePermissions(path, permissions);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    public static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<?>[] privateFile(Path place) {
        return isPosix(place)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
    }

    /** The user this process runs as, looked up once; empty when the system cannot name it. */
    private static final class CurrentUser {

        private static final Optional<UserPrincipal> ON_DEFAULT_FILE_SYSTEM =
                lookUp(FileSystems.getDefault().getPath(""));

        static Optional<UserPrincipal> of(Path path) {
            return path.getFileSystem() == FileSystems.getDefault() ? ON_DEFAULT_FILE_SYSTEM : lookUp(path);
        }

        private static Optional<UserPrincipal> lookUp(Path path) {
            try {
                return Optional.of(path.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(System.getProperty("user.name", "")));
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                // No name for our uid (a container without a passwd entry): then no file is known to be ours.
                return Optional.empty();
            }
        }
    }
}
