package io.debtmeter.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for the tests (issue 24, decision 0031), started by the tests
 * themselves once per test JVM, so {@code mvn -B verify} needs nothing but Debian's {@code postgresql}
 * package: {@code initdb} into {@code target/postgres-<random>/data}, on 127.0.0.1 only and a free
 * random port, its unix socket inside that folder, password (scram-sha-256) for every connection, no
 * trust anywhere. Stopped with {@code pg_ctl stop -m fast} when the JVM exits, and its folder removed.
 *
 * <p>No server binaries under {@code /usr/lib/postgresql/<version>/bin} fails the test that asked,
 * with a message saying to install {@code postgresql}: a missing server is never a skipped test.
 * As root (CI), initdb and postgres refuse to run; they run as Debian's {@code postgres} user then.</p>
 *
 * <p>Each test class (or test) asks for {@link #newDatabase()}: a fresh database owned by an
 * ordinary role, {@link #APP_ROLE}, which is what the store connects as.</p>
 */
public final class TestPostgres {

    /** The ordinary (not superuser) role the stores under test connect as. */
    public static final String APP_ROLE = "debtmeter_app";

    private static final String SUPERUSER = "debtmeter_admin";
    private static final Path INSTALLS = Path.of("/usr/lib/postgresql");
    private static final SecureRandom RANDOM = new SecureRandom();

    private static Server server;
    private static int databases;

    /** A database for one test: where it is, and the app role's password. */
    public record Database(String host, int port, String name, String user, char[] password) {

        public String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + name;
        }

        /**
         * A plain JDBC connection as the app role (for looking at what a store wrote), sending strings
         * untyped as the store does, so a string may be bound to a uuid, timestamptz or jsonb column.
         */
        public Connection connect() throws SQLException {
            Properties properties = credentials(user, password);
            properties.setProperty("stringtype", "unspecified");
            return DriverManager.getConnection(jdbcUrl(), properties);
        }
    }

    /** The running server. */
    public record Server(Path folder, Path bin, int port, char[] adminPassword, char[] appPassword, boolean asPostgresUser)
            implements AutoCloseable {

        public String host() {
            return "127.0.0.1";
        }

        public Path data() {
            return folder.resolve("data");
        }

        public Path socketFolder() {
            return folder.resolve("socket");
        }

        /** A connection as the superuser to {@code database}. */
        public Connection connectAsAdmin(String database) throws SQLException {
            return DriverManager.getConnection("jdbc:postgresql://" + host() + ":" + port + "/" + database,
                    credentials(SUPERUSER, adminPassword));
        }

        /** Stops the server the way a crash does ({@code pg_ctl stop -m immediate}): no checkpoint, clients cut off. */
        public void crash() throws IOException {
            run(this, List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate", "-w", "stop"));
        }

        /** Starts the stopped server again on the same port; it recovers from its write-ahead log. */
        public void restart() throws IOException {
            run(this, List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(),
                    "-l", folder.resolve("server.log").toString(), "-w", "-t", "60", "start"));
        }

        /**
         * Turns TLS on, with a certificate for 127.0.0.1 (its subject alternative name) signed by a CA made now
         * by {@code openssl}, and restarts: clients may then connect with or without TLS.
         *
         * @return the CA's certificate, for a client's {@code sslrootcert}
         */
        public Path enableTls() throws IOException {
            TestCertificates.Authority authority = TestCertificates.authority(folder.resolve("tls"), "Debtmeter test CA");
            Path key = data().resolve("server.key");
            Path certificate = data().resolve("server.crt");
            authority.signServer(host(), key, certificate);
            // The server refuses a key others may read; as root it runs as postgres, who must own both files.
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
            if (asPostgresUser) {
                run(this, List.of("chown", "postgres:", key.toString(), certificate.toString()));
            }
            Files.writeString(data().resolve("postgresql.auto.conf"), String.join("\n",
                    "ssl = on", "ssl_cert_file = 'server.crt'", "ssl_key_file = 'server.key'", ""),
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            run(this, List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(),
                    "-l", folder.resolve("server.log").toString(), "-w", "-t", "60", "restart"));
            return authority.certificate();
        }

        /** A new, empty database owned by {@link #APP_ROLE} on this server. */
        public Database newDatabase() {
            return TestPostgres.newDatabase(this, "template0");
        }

        /** Stops the server and deletes its folder: for a server of a test's own. */
        @Override
        public void close() {
            stop(this);
        }
    }

    private TestPostgres() {
    }

    /** The server, started on first use; fails (never skips) when PostgreSQL is not installed. */
    public static synchronized Server server() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    /** A new, empty database owned by {@link #APP_ROLE}. */
    public static Database newDatabase() {
        return newDatabase("template0");
    }

    /**
     * A new database owned by {@link #APP_ROLE}, a copy of {@code template} (a database nobody is
     * connected to): a copy of one the store has migrated is much quicker than migrating each anew.
     */
    public static synchronized Database newDatabase(String template) {
        return newDatabase(server(), template);
    }

    /**
     * A server of a test's own, which it may crash and restart without disturbing other tests; the test
     * closes it (stopped and deleted; a shutdown hook does so too if the test cannot).
     */
    public static Server ownServer() {
        return start();
    }

    private static synchronized Database newDatabase(Server running, String template) {
        String name = "test_" + (++databases) + "_" + HexFormat.of().formatHex(randomBytes(4));
        try (Connection admin = running.connectAsAdmin("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " OWNER " + APP_ROLE + " ENCODING 'UTF8' TEMPLATE " + template);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name + ": " + e.getMessage(), e);
        }
        return new Database(running.host(), running.port(), name, APP_ROLE, running.appPassword().clone());
    }

    static Properties credentials(String user, char[] password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", new String(password));
        return properties;
    }

    /**
     * The newest {@code <version>/bin} folder under {@code installs} (Debian's /usr/lib/postgresql) with
     * initdb, pg_ctl and postgres in it; without one, an AssertionError saying to install postgresql.
     */
    static Path requireBinaries(Path installs) {
        return binaries(installs).orElseThrow(() -> new AssertionError("The PostgreSQL tests need a PostgreSQL"
                + " server: no initdb, pg_ctl and postgres found under " + installs + "/<version>/bin."
                + " Install Debian's postgresql package (sudo apt-get install postgresql); .ci/run does so."));
    }

    static Optional<Path> binaries(Path installs) {
        if (!Files.isDirectory(installs)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(installs)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(bin -> Stream.of("initdb", "pg_ctl", "postgres").allMatch(n -> Files.isExecutable(bin.resolve(n))))
                    .max(Comparator.comparingInt(TestPostgres::majorVersion));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Server start() {
        Path bin = requireBinaries(INSTALLS);
        boolean asPostgresUser = "root".equals(System.getProperty("user.name"));
        try {
            Path target = Path.of("target").toAbsolutePath();
            Files.createDirectories(target);
            Path folder = Files.createDirectory(serverBase(target, asPostgresUser)
                    .resolve("postgres-" + HexFormat.of().formatHex(randomBytes(6))));
            char[] adminPassword = password();
            char[] appPassword = password();
            Server started = null;
            IOException lastFailure = null;
            initdb(bin, folder, adminPassword, asPostgresUser);
            for (int attempt = 0; attempt < 3 && started == null; attempt++) {
                int port = freePort();
                Server candidate = new Server(folder, bin, port, adminPassword, appPassword, asPostgresUser);
                configure(candidate);
                try {
                    run(candidate, List.of(bin.resolve("pg_ctl").toString(), "-D", candidate.data().toString(),
                            "-l", folder.resolve("server.log").toString(), "-w", "-t", "60", "start"));
                    started = candidate;
                } catch (IOException e) {
                    lastFailure = e; // most likely the port was taken in between: try another
                }
            }
            if (started == null) {
                throw new IllegalStateException("The test PostgreSQL server did not start", lastFailure);
            }
            Server running = started;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(running), "stop test PostgreSQL"));
            createAppRole(running);
            return running;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not set up the test PostgreSQL server: " + e.getMessage(), e);
        }
    }

    private static void initdb(Path bin, Path folder, char[] adminPassword, boolean asPostgresUser) throws IOException {
        Files.createDirectories(folder.resolve("socket"));
        Path pwfile = folder.resolve("pwfile");
        Files.writeString(pwfile, new String(adminPassword), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(pwfile, PosixFilePermissions.fromString("rw-------"));
        if (asPostgresUser) {
            requireReachableByOthers(folder.getParent());
            run(asPostgresUser, List.of("chown", "-R", "postgres:", folder.toString()), folder);
        }
        try {
            run(asPostgresUser, List.of(bin.resolve("initdb").toString(), "-D", folder.resolve("data").toString(),
                    "-U", SUPERUSER, "--pwfile=" + pwfile, "--auth=scram-sha-256", "--encoding=UTF8",
                    "--locale=C", "--no-sync"), folder);
        } finally {
            Files.deleteIfExists(pwfile);
        }
    }

    /**
     * Where the server's folder goes: {@code target/}, unless we are root in a checkout the postgres
     * user cannot enter (e.g. under /root, mode 700): then the system's temporary folder, which it
     * can. Either way the folder is the tests' own and is removed when they end.
     */
    static Path serverBase(Path target, boolean asPostgresUser) {
        if (!asPostgresUser || reachableByOthers(target)) {
            return target;
        }
        return Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    }

    private static boolean reachableByOthers(Path folder) {
        try {
            for (Path step = folder; step != null; step = step.getParent()) {
                if (!PosixFilePermissions.toString(Files.getPosixFilePermissions(step)).endsWith("x")) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * As root the server runs as the postgres user, who must be able to pass through every folder
     * above its data (e.g. a checkout under /root, mode 700, is closed to it): said plainly, rather
     * than as initdb's "permission denied".
     */
    private static void requireReachableByOthers(Path folder) throws IOException {
        for (Path step = folder; step != null; step = step.getParent()) {
            if (!PosixFilePermissions.toString(Files.getPosixFilePermissions(step)).endsWith("x")) {
                throw new IllegalStateException("The test PostgreSQL server runs as the postgres user (initdb and"
                        + " postgres refuse root), who cannot enter " + step + ": give it o+x, or run the tests"
                        + " from a checkout outside it.");
            }
        }
    }

    /** 127.0.0.1 only, the socket inside our folder, password for every host connection and nothing else. */
    private static void configure(Server server) throws IOException {
        Path data = server.data();
        Path conf = data.resolve("postgresql.auto.conf");
        Files.writeString(conf, String.join("\n",
                "listen_addresses = '127.0.0.1'",
                "port = " + server.port(),
                "unix_socket_directories = '" + server.socketFolder() + "'",
                "password_encryption = 'scram-sha-256'",
                // A throwaway server: durability of the machine's disk is not what the tests test.
                "fsync = off",
                "full_page_writes = off",
                "max_connections = 40",
                "shared_buffers = '32MB'",
                ""), StandardCharsets.UTF_8);
        Files.writeString(data.resolve("pg_hba.conf"),
                "# Test server: password (scram-sha-256) on 127.0.0.1, nothing else.\n"
                        + "host all all 127.0.0.1/32 scram-sha-256\n", StandardCharsets.UTF_8);
        if (server.asPostgresUser()) {
            run(true, List.of("chown", "postgres:", conf.toString(), data.resolve("pg_hba.conf").toString()), server.folder());
        }
    }

    private static void createAppRole(Server server) throws SQLException {
        try (Connection admin = server.connectAsAdmin("postgres"); Statement statement = admin.createStatement()) {
            // The password goes over the connection (scram-hashed by the server), never onto a command line.
            statement.execute("CREATE ROLE " + APP_ROLE + " LOGIN PASSWORD '" + new String(server.appPassword()) + "'");
        }
    }

    private static void stop(Server server) {
        if (!Files.isDirectory(server.data())) {
            return; // closed by its test already
        }
        try {
            run(server, List.of(server.bin().resolve("pg_ctl").toString(), "-D", server.data().toString(),
                    "-m", "fast", "-w", "stop"));
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not stop the test PostgreSQL server in " + server.folder() + ": " + e.getMessage());
            return;
        }
        try (Stream<Path> all = Files.walk(server.folder())) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // Left in target/, which mvn clean removes.
        }
    }

    private static void run(Server server, List<String> command) throws IOException {
        run(server.asPostgresUser(), command, server.folder());
    }

    /** Runs a server program (as the postgres user when we are root); its output goes to a log in the folder. */
    private static void run(boolean asPostgresUser, List<String> command, Path folder) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser && !command.get(0).equals("chown")) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Path log = folder.resolve("commands.log");
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in two minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (process.exitValue() != 0) {
            String output = Files.exists(log) ? Files.readString(log) : "";
            throw new IOException(command.get(0) + " failed (exit " + process.exitValue() + "): "
                    + output.substring(Math.max(0, output.length() - 2000)));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static char[] password() {
        return HexFormat.of().formatHex(randomBytes(18)).toLowerCase(Locale.ROOT).toCharArray();
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
