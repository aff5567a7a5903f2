package io.debtmeter.core.connect;

import io.debtmeter.core.storage.postgres.PostgresLocation;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A database on a PostgreSQL server as a person writes it,
 * {@code postgresql://[user@]host[:port]/dbname[?sslmode=…&sslrootcert=…]} (issue 24): what {@code --db} names for
 * the commands and the window, and what the window's connect dialog remembers. It never holds a password;
 * {@link ServerLogin} finds one.
 *
 * @param user        null when the address leaves it out (then {@code PGUSER} or the login name)
 * @param sslMode     null when the address leaves it out (then the store's default)
 * @param sslRootCert the CA certificate file that vouches for the server (libpq's name); null when the address
 *                    leaves it out (then the driver's default, {@code ~/.postgresql/root.crt})
 */
public record ServerAddress(String host, int port, String database, String user, String sslMode, String sslRootCert) {

    /** The driver's sslmode names the store accepts. */
    public static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    /** The three a person chooses among in the window: none, encrypted, encrypted to the named server only. */
    public static final List<String> OFFERED_SSL_MODES = List.of("disable", "require", "verify-full");

    /** An address that names no CA certificate file. */
    public ServerAddress(String host, int port, String database, String user, String sslMode) {
        this(host, port, database, user, sslMode, null);
    }

    /** The address of {@code where}, less its password. */
    public static ServerAddress of(PostgresLocation where) {
        return new ServerAddress(where.host(), where.port(), where.database(), where.user(), where.sslMode(),
                where.sslRootCert());
    }

    /** Whether the driver checks the server's certificate against a CA in {@code sslMode}, so a CA file matters. */
    public static boolean verifiesServer(String sslMode) {
        return "verify-ca".equals(sslMode) || "verify-full".equals(sslMode);
    }

    /** Whether a {@code --db} value names a database on a server rather than a file. */
    public static boolean namesAServer(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://");
    }

    /**
     * Reads a {@code postgresql://} or {@code postgres://} address.
     *
     * @throws ServerAddressException naming what is wrong; for an address with a password in it, without repeating it
     */
    public static ServerAddress parse(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new ServerAddressException(ServerAddressException.Problem.INVALID, value);
        }
        if (!namesAServer(value)) {
            throw new ServerAddressException(ServerAddressException.Problem.INVALID, value);
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            // Echo nothing of it: the value holds a password.
            throw new ServerAddressException(ServerAddressException.Problem.PASSWORD, "");
        }
        String host = uri.getHost();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (host == null || host.isEmpty() || path.length() < 2 || path.indexOf('/', 1) >= 0 || uri.getRawFragment() != null) {
            throw new ServerAddressException(ServerAddressException.Problem.INVALID, value);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = uri.getPort() < 0 ? PostgresLocation.DEFAULT_PORT : uri.getPort();
        if (port == 0 || port > 65535) {
            throw new ServerAddressException(ServerAddressException.Problem.INVALID, value);
        }
        String sslMode = null;
        String sslRootCert = null;
        if (uri.getRawQuery() != null && !uri.getRawQuery().isEmpty()) {
            for (String parameter : uri.getRawQuery().split("&")) {
                int equals = parameter.indexOf('=');
                String name = decode(equals < 0 ? parameter : parameter.substring(0, equals));
                String setting = equals < 0 ? "" : decode(parameter.substring(equals + 1));
                if (name.equalsIgnoreCase("password")) {
                    throw new ServerAddressException(ServerAddressException.Problem.PASSWORD, "");
                }
                if (name.equals("sslrootcert")) {
                    // Empty is libpq's "not given": the driver's default file.
                    sslRootCert = setting.isEmpty() ? null : setting;
                    continue;
                }
                if (!name.equals("sslmode")) {
                    throw new ServerAddressException(ServerAddressException.Problem.PARAMETER, name);
                }
                if (!SSL_MODES.contains(setting)) {
                    throw new ServerAddressException(ServerAddressException.Problem.SSL_MODE, setting);
                }
                sslMode = setting;
            }
        }
        String user = userInfo == null || userInfo.isEmpty() ? null : decode(userInfo);
        return new ServerAddress(host, port, decode(path.substring(1)), user, sslMode, sslRootCert);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Where the store connects, as {@code user} with {@code password} (which this address never holds). */
    public PostgresLocation location(String user, char[] password) {
        return new PostgresLocation(host, port, database, user, password, sslMode, sslRootCert);
    }

    /**
     * The address, less nothing secret (it never holds a password), as a person wrote it: the
     * database and user as given, so messages show them as typed.
     */
    @Override
    public String toString() {
        String literalHost = host.contains(":") ? "[" + host + "]" : host;
        return "postgresql://" + (user == null ? "" : user + "@") + literalHost + ":" + port + "/" + database
                + query(sslRootCert);
    }

    /** The address in a form {@link #parse} reads back to the same record, whatever characters the names hold. */
    public String toUri() {
        String literalHost = host.contains(":") ? "[" + host + "]" : host;
        return "postgresql://" + (user == null ? "" : encode(user) + "@") + literalHost + ":" + port + "/"
                + encode(database) + query(sslRootCert == null ? null : encode(sslRootCert).replace("%2F", "/"));
    }

    /** {@code ?sslmode=…&sslrootcert=…}, each when given; the file as {@code rootCert} spells it. */
    private String query(String rootCert) {
        String modePart = sslMode == null ? "" : "sslmode=" + sslMode;
        String filePart = rootCert == null ? "" : "sslrootcert=" + rootCert;
        String both = modePart.isEmpty() || filePart.isEmpty() ? modePart + filePart : modePart + "&" + filePart;
        return both.isEmpty() ? "" : "?" + both;
    }
}
