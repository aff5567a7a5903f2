package io.debtmeter.cli;

import io.debtmeter.core.connect.ServerAddress;
import io.debtmeter.core.connect.ServerAddressException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Path;
import java.util.Set;

/**
 * What {@code --db} names: a database file, or a database on a PostgreSQL server
 * ({@code postgresql://[user@]host[:port]/dbname[?sslmode=…&sslrootcert=…]}, issue 24). A server address never
 * holds a password: that comes from {@code PGPASSWORD} or the password file ({@link CliContext#open}).
 */
sealed interface DatabaseAddress {

    /** The driver's sslmode names the store accepts. */
    Set<String> SSL_MODES = ServerAddress.SSL_MODES;

    /** A SQLite database file, as {@code --db} always named. */
    record File(Path path) implements DatabaseAddress {
        @Override
        public String toString() {
            return path.toString();
        }
    }

    /** A database on a server, in core's terms, which the window shares. */
    record Server(ServerAddress address) implements DatabaseAddress {
        /** The address as given, less nothing secret (it never holds a password). */
        @Override
        public String toString() {
            return address.toString();
        }
    }

    /** Reads {@code --db}: a {@code postgresql://} or {@code postgres://} address, else a file path. */
    static DatabaseAddress parse(String value, CliTexts texts) {
        if (!DebtmeterCommand.namesAServer(value)) {
            return new File(Path.of(value));
        }
        try {
            return new Server(ServerAddress.parse(value));
        } catch (ServerAddressException e) {
            throw new TypeConversionException(switch (e.problem()) {
                case INVALID -> texts.get("cli.db.server.invalid", value);
                // Echo nothing of it: the value holds a password.
                case PASSWORD -> texts.get("cli.db.server.password");
                case PARAMETER -> texts.get("cli.db.server.parameter", e.detail());
                case SSL_MODE -> texts.get("cli.db.server.sslmode", e.detail());
            });
        }
    }

    /** picocli's converter for {@code --db}, its refusals in the run's language. */
    record Converter(CliTexts texts) implements ITypeConverter<DatabaseAddress> {
        @Override
        public DatabaseAddress convert(String value) {
            return parse(value, texts);
        }
    }
}
