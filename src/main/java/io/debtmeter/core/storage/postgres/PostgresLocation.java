package io.debtmeter.core.storage.postgres;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * Where a shared PostgreSQL database is, and who connects to it. The password comes from the
 * caller (a dialog, a prompt, the user's password file read by the caller) as characters, and is
 * never put on a command line, in a file or in a message; {@link #toString()} leaves it out.
 *
 * @param sslMode     the driver's sslmode: {@code disable}, {@code prefer}, {@code require},
 *                    {@code verify-ca} or {@code verify-full}
 * @param sslRootCert the CA certificate file that vouches for the server in the verify modes; null for the
 *                    driver's default, {@code ~/.postgresql/root.crt}
 */
public record PostgresLocation(String host, int port, String database, String user, char[] password, String sslMode,
                               String sslRootCert) {

    /** What is at a CA certificate file's path, as the store checks it before connecting and the dialog as it is typed. */
    public enum CaFile {
        READABLE, MISSING, UNREADABLE;

        /** A folder or a file without read permission is UNREADABLE; a path the file system cannot hold, MISSING. */
        public static CaFile at(String file) {
            try {
                Path path = Path.of(file);
                return !Files.exists(path) ? MISSING
                        : Files.isRegularFile(path) && Files.isReadable(path) ? READABLE : UNREADABLE;
            } catch (InvalidPathException e) {
                return MISSING;
            }
        }
    }

    /** PostgreSQL's own port. */
    public static final int DEFAULT_PORT = 5432;

    public PostgresLocation {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        password = password == null ? new char[0] : password.clone();
        sslMode = sslMode == null || sslMode.isBlank() ? "prefer" : sslMode;
        sslRootCert = sslRootCert == null || sslRootCert.isBlank() ? null : sslRootCert;
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("A port is a number from 1 to 65535, not " + port);
        }
    }

    /** Where the driver's default CA certificate file is used. */
    public PostgresLocation(String host, int port, String database, String user, char[] password, String sslMode) {
        this(host, port, database, user, password, sslMode, null);
    }

    @Override
    public char[] password() {
        return password.clone();
    }

    /** The driver's address of the database; without user or password (they go as properties). */
    String jdbcUrl() {
        String literalHost = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        // The driver URL-decodes the database name: one with '/', '?' or '%' in it must be encoded.
        return "jdbc:postgresql://" + literalHost + ":" + port + "/"
                + java.net.URLEncoder.encode(database, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** How messages name it: "PostgreSQL database debtmeter at db.example.org, port 5432". */
    public String describe() {
        return "PostgreSQL database " + database + " at " + host + ", port " + port;
    }

    /**
     * {@link io.debtmeter.core.assessment.AssessmentStore#location()} is a path (a file, for the
     * SQLite store); for a database on a server it is this description, with only characters every
     * file system allows in a name.
     */
    Path asPath() {
        return Path.of(describe().replaceAll("[<>:\"/\\\\|?*\\x00-\\x1f]", "_"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PostgresLocation that && port == that.port && host.equals(that.host)
                && database.equals(that.database) && user.equals(that.user) && sslMode.equals(that.sslMode)
                && Objects.equals(sslRootCert, that.sslRootCert) && Arrays.equals(password, that.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, database, user, sslMode, sslRootCert);
    }

    @Override
    public String toString() {
        return "PostgresLocation[" + user + "@" + host + ":" + port + "/" + database + ", sslmode=" + sslMode
                + (sslRootCert == null ? "" : ", sslrootcert=" + sslRootCert) + "]";
    }
}
