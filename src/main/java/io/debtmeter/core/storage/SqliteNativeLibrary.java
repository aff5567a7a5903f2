package io.debtmeter.core.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps one copy of sqlite-jdbc's native library in the user's cache folder and points the driver
 * at it. Left to itself the driver copies the library out of its jar into the temp folder on every
 * start, after asking the OS what it is (a child process) and hashing the copy: about a fifth of a
 * second of a one-second {@code debtmeter teams} (issue 22).
 *
 * <p>Only on glibc Linux on x86-64 and ARM64, where the library's place in the jar is known without
 * asking the OS; elsewhere, or when anything here fails, the driver does as it always did. The copy
 * is code the app will run, so its folder must be the user's own and private (0700), it is written
 * under a temporary name and moved into place whole, and a copy whose size differs from the jar's is
 * written again.
 */
final class SqliteNativeLibrary {

    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final String LIBRARY = "libsqlitejdbc.so";
    private static final Set<PosixFilePermission> PRIVATE_FOLDER = PosixFilePermissions.fromString("rwx------");

    private SqliteNativeLibrary() {
    }

    /** Points the driver at the cached copy, making it first if needed; does nothing if it cannot. */
    static void useCachedCopy(Path cacheFolder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        resourceFolder(System.getProperty("os.name", ""), System.getProperty("os.arch", ""), isMusl())
                .flatMap(folder -> cachedCopy(folder, cacheFolder))
                .ifPresent(copy -> {
                    System.setProperty(PATH_PROPERTY, copy.getParent().toString());
                    System.setProperty(NAME_PROPERTY, copy.getFileName().toString());
                });
    }

    /** Where sqlite-jdbc keeps the library for this platform inside its jar; empty where we leave it to the driver. */
    static Optional<String> resourceFolder(String osName, String osArch, boolean musl) {
        if (!osName.toLowerCase(Locale.ROOT).equals("linux") || musl) {
            return Optional.empty();
        }
        return switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> Optional.of("org/sqlite/native/Linux/x86_64/");
            case "aarch64", "arm64" -> Optional.of("org/sqlite/native/Linux/aarch64/");
            default -> Optional.empty();
        };
    }

    /** Alpine and other musl systems need the driver's Linux-Musl build; the driver finds that itself. */
    private static boolean isMusl() {
        return Files.exists(Path.of("/etc/alpine-release")) || Files.exists(Path.of("/lib/ld-musl-x86_64.so.1"))
                || Files.exists(Path.of("/lib/ld-musl-aarch64.so.1"));
    }

    static Optional<Path> cachedCopy(String resourceFolder, Path cacheFolder) {
        URL resource = org.sqlite.SQLiteConfig.class.getClassLoader().getResource(resourceFolder + LIBRARY);
        if (resource == null) {
            return Optional.empty();
        }
        try {
            URLConnection connection = resource.openConnection();
            long size = connection.getContentLengthLong();
            Path folder = privateFolder(cacheFolder.resolve("native"));
            // The driver's version names the copy, so an upgraded app never loads an older library.
            Path copy = folder.resolve("sqlite-jdbc-" + driverVersion() + "-" + LIBRARY);
            if (!Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS) || Files.size(copy) != size) {
                Path partial = Files.createTempFile(folder, "sqlite-jdbc-", ".partial");
                try (InputStream in = connection.getInputStream()) {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(partial);
                }
            }
            return Optional.of(copy);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The folder, made private if new; refused when it is someone else's or others may write in it. */
    private static Path privateFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(folder.getParent());
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PRIVATE_FOLDER));
        }
        boolean ours = Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"));
        if (!ours || !Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS).equals(PRIVATE_FOLDER)) {
            throw new IOException("not a private folder: " + folder);
        }
        return folder;
    }

    /** From the driver jar's own {@code sqlite-jdbc.properties} (its manifest has no version). */
    private static String driverVersion() throws IOException {
        java.util.Properties properties = new java.util.Properties();
        try (InputStream in = org.sqlite.SQLiteConfig.class.getClassLoader().getResourceAsStream("sqlite-jdbc.properties")) {
            if (in == null) {
                throw new IOException("sqlite-jdbc.properties not found");
            }
            properties.load(in);
        }
        return properties.getProperty("version", "unknown").replaceAll("[^0-9A-Za-z.]", "_");
    }
}
