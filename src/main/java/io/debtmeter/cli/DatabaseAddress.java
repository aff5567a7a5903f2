package io.debtmeter.cli;

import io.debtmeter.core.storage.postgres.PostgresLocation;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/**
 * What {@code --db} names: a database file, or a database on a PostgreSQL server
 * ({@code postgresql://[user@]host[:port]/dbname[?sslmode=…]}, issue 24). A server address never
 * holds a password: that comes from {@code PGPASSWORD} or the password file ({@link CliContext#open}).
 */
sealed interface DatabaseAddress {

    /** The driver's sslmode names the store accepts. */
    Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    /** A SQLite database file, as {@code --db} always named. */
    record File(Path path) implements DatabaseAddress {
        @Override
        public String toString() {
            return path.toString();
        }
    }

    /**
     * A database on a server. {@code user} and {@code sslMode} are null when the address leaves them
     * out (then {@code PGUSER} or the login name, and the store's default sslmode).
     */
    record Server(String host, int port, String database, String user, String sslMode) implements DatabaseAddress {
        /** The address as given, less nothing secret (it never holds a password). */
        @Override
        public String toString() {
            String literalHost = host.contains(":") ? "[" + host + "]" : host;
            return "postgresql://" + (user == null ? "" : user + "@") + literalHost + ":" + port + "/" + database
                    + (sslMode == null ? "" : "?sslmode=" + sslMode);
        }
    }

    /** Reads {@code --db}: a {@code postgresql://} or {@code postgres://} address, else a file path. */
    static DatabaseAddress parse(String value, CliTexts texts) {
        if (!DebtmeterCommand.namesAServer(value)) {
            return new File(Path.of(value));
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new TypeConversionException(texts.get("cli.db.server.invalid", value));
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            // Echo nothing of it: the value holds a password.
            throw new TypeConversionException(texts.get("cli.db.server.password"));
        }
        String host = uri.getHost();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (host == null || host.isEmpty() || path.length() < 2 || path.indexOf('/', 1) >= 0 || uri.getRawFragment() != null) {
            throw new TypeConversionException(texts.get("cli.db.server.invalid", value));
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = uri.getPort() < 0 ? PostgresLocation.DEFAULT_PORT : uri.getPort();
        if (port == 0 || port > 65535) {
            throw new TypeConversionException(texts.get("cli.db.server.invalid", value));
        }
        String sslMode = null;
        if (uri.getRawQuery() != null && !uri.getRawQuery().isEmpty()) {
            for (String parameter : uri.getRawQuery().split("&")) {
                int equals = parameter.indexOf('=');
                String name = decode(equals < 0 ? parameter : parameter.substring(0, equals));
                String setting = equals < 0 ? "" : decode(parameter.substring(equals + 1));
                if (name.equalsIgnoreCase("password")) {
                    throw new TypeConversionException(texts.get("cli.db.server.password"));
                }
                if (!name.equals("sslmode")) {
                    throw new TypeConversionException(texts.get("cli.db.server.parameter", name));
                }
                if (!SSL_MODES.contains(setting)) {
                    throw new TypeConversionException(texts.get("cli.db.server.sslmode", setting));
                }
                sslMode = setting;
            }
        }
        String user = userInfo == null || userInfo.isEmpty() ? null : decode(userInfo);
        return new Server(host, port, decode(path.substring(1)), user, sslMode);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** picocli's converter for {@code --db}, its refusals in the run's language. */
    record Converter(CliTexts texts) implements ITypeConverter<DatabaseAddress> {
        @Override
        public DatabaseAddress convert(String value) {
            return parse(value, texts);
        }
    }
}
