package io.debtmeter.core.storage.postgres;

import org.postgresql.PGProperty;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Connections to a {@link PostgresLocation}: the password handed to the driver as a property (never
 * in the URL), strings sent untyped so that the row code shared with SQLite can bind ids, times and
 * JSON as text and the server reads them as uuid, timestamptz and jsonb (decision 0031).
 */
final class PostgresConnections {

    /** Seconds to wait for the server to answer a connection. */
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private PostgresConnections() {
    }

    static Connection open(PostgresLocation where) throws SQLException {
        return DriverManager.getConnection(where.jdbcUrl(), properties(where));
    }

    /** For Flyway, which opens its own connections. */
    static PGSimpleDataSource dataSource(PostgresLocation where) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(where.jdbcUrl());
        Properties properties = properties(where);
        try {
            for (String name : properties.stringPropertyNames()) {
                source.setProperty(name, properties.getProperty(name));
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException("The PostgreSQL driver refused a connection property: " + e.getMessage(), e);
        }
        return source;
    }

    private static Properties properties(PostgresLocation where) {
        Properties properties = new Properties();
        PGProperty.USER.set(properties, where.user());
        char[] password = where.password();
        PGProperty.PASSWORD.set(properties, new String(password));
        java.util.Arrays.fill(password, '\0');
        PGProperty.SSL_MODE.set(properties, where.sslMode());
        if (where.sslRootCert() != null) {
            PGProperty.SSL_ROOT_CERT.set(properties, where.sslRootCert());
        }
        PGProperty.STRING_TYPE.set(properties, "unspecified");
        PGProperty.APPLICATION_NAME.set(properties, "Debtmeter");
        PGProperty.CONNECT_TIMEOUT.set(properties, CONNECT_TIMEOUT_SECONDS);
        return properties;
    }
}
