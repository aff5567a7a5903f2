package io.debtmeter.core.connect;

import io.debtmeter.core.storage.postgres.PgPassFile;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Who connects to a server database, and with which password, as libpq decides it: the address's
 * user, else {@code PGUSER}, else the login name; the password from {@code PGPASSWORD}, else the
 * password file ({@code PGPASSFILE}, else {@code ~/.pgpass}), which is ignored, with a warning, when
 * group or others may read it. Never from a command line or a settings file, and never printed.
 * Shared by the commands and the window.
 */
public final class ServerLogin {

    /** Something worth telling about the password file; the caller words it in its language. */
    public record Warning(Kind kind, Path file, String detail) {
        public enum Kind {
            /** Group or others may read it, so it is ignored. */
            OPEN_TO_OTHERS,
            /** It could not be read; the detail says why. */
            UNREADABLE
        }
    }

    private final Map<String, String> environment;
    private final Consumer<Warning> warnings;

    /**
     * @param environment the process's environment ({@code PGPASSWORD}, {@code PGPASSFILE}, {@code PGUSER},
     *                    {@code HOME}); tests give their own
     * @param warnings    told when the password file is ignored or unreadable
     */
    public ServerLogin(Map<String, String> environment, Consumer<Warning> warnings) {
        this.environment = Map.copyOf(environment);
        this.warnings = warnings;
    }

    /** The same lookup, telling its warnings to {@code others} instead. */
    public ServerLogin withWarnings(Consumer<Warning> others) {
        return new ServerLogin(environment, others);
    }

    /** The address's user, else {@code PGUSER}, else the login name. */
    public String user(ServerAddress address) {
        return address.user() != null ? address.user()
                : nonEmpty(environment.get("PGUSER")).orElse(System.getProperty("user.name"));
    }

    /** {@code PGPASSWORD}, else the password file's line for this address and user; empty when neither has one. */
    public Optional<char[]> password(ServerAddress address, String user) {
        return nonEmpty(environment.get("PGPASSWORD")).map(String::toCharArray)
                .or(() -> fromFile(address, user));
    }

    private Optional<char[]> fromFile(ServerAddress address, String user) {
        Path file = passwordFile();
        try {
            if (PgPassFile.openToOthers(file)) {
                warnings.accept(new Warning(Warning.Kind.OPEN_TO_OTHERS, file, ""));
                return Optional.empty();
            }
            return PgPassFile.read(file).password(address.host(), address.port(), address.database(), user);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            warnings.accept(new Warning(Warning.Kind.UNREADABLE, file, e.getMessage()));
            return Optional.empty();
        }
    }

    /** {@code PGPASSFILE}, else {@code ~/.pgpass}. */
    public Path passwordFile() {
        return nonEmpty(environment.get("PGPASSFILE")).map(Path::of).orElseGet(() -> Path.of(
                nonEmpty(environment.get("HOME")).orElse(System.getProperty("user.home")), ".pgpass"));
    }

    private static Optional<String> nonEmpty(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isEmpty());
    }
}
