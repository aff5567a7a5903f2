package io.debtmeter.cli;

import io.debtmeter.core.storage.postgres.PgPassFile;
import io.debtmeter.core.storage.postgres.PostgresLocation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Who connects to a server database, and with which password, as libpq decides it: the address's
 * user, else {@code PGUSER}, else the login name; the password from {@code PGPASSWORD}, else the
 * password file ({@code PGPASSFILE}, else {@code ~/.pgpass}), which is ignored, with a warning,
 * when group or others may read it. Never from the command line, and never printed.
 */
final class ServerLogin {

    private final CliContext context;

    ServerLogin(CliContext context) {
        this.context = context;
    }

    PostgresLocation location(DatabaseAddress.Server server) {
        Map<String, String> environment = context.environment();
        String user = server.user() != null ? server.user()
                : nonEmpty(environment.get("PGUSER")).orElse(System.getProperty("user.name"));
        char[] password = nonEmpty(environment.get("PGPASSWORD")).map(String::toCharArray)
                .or(() -> fromFile(server, user))
                .orElseThrow(() -> new CommandFailure(ExitCode.USAGE,
                        context.texts().get("cli.db.server.noPassword", user, server.toString())));
        return new PostgresLocation(server.host(), server.port(), server.database(), user, password, server.sslMode());
    }

    private Optional<char[]> fromFile(DatabaseAddress.Server server, String user) {
        Path file = passwordFile();
        try {
            if (PgPassFile.openToOthers(file)) {
                context.err().println(context.texts().get("cli.db.server.pgpassOpen", file));
                return Optional.empty();
            }
            return PgPassFile.read(file).password(server.host(), server.port(), server.database(), user);
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            context.err().println(context.texts().get("cli.db.server.pgpassUnreadable", file, e.getMessage()));
            return Optional.empty();
        }
    }

    private Path passwordFile() {
        Map<String, String> environment = context.environment();
        return nonEmpty(environment.get("PGPASSFILE")).map(Path::of).orElseGet(() -> Path.of(
                nonEmpty(environment.get("HOME")).orElse(System.getProperty("user.home")), ".pgpass"));
    }

    private static Optional<String> nonEmpty(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isEmpty());
    }
}
