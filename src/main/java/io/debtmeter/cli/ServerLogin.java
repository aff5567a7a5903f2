package io.debtmeter.cli;

import io.debtmeter.core.storage.postgres.PostgresLocation;

/**
 * Who connects to a server database, and with which password: core's {@link io.debtmeter.core.connect.ServerLogin}
 * (the address's user, else {@code PGUSER}, else the login name; {@code PGPASSWORD}, else the password
 * file), shared with the window, its warnings on standard error in the run's language. Never from the
 * command line, and never printed.
 */
final class ServerLogin {

    private final CliContext context;

    ServerLogin(CliContext context) {
        this.context = context;
    }

    PostgresLocation location(DatabaseAddress.Server server) {
        var login = new io.debtmeter.core.connect.ServerLogin(context.environment(), warning -> context.err().println(
                switch (warning.kind()) {
                    case OPEN_TO_OTHERS -> context.texts().get("cli.db.server.pgpassOpen", warning.file());
                    case UNREADABLE -> context.texts().get("cli.db.server.pgpassUnreadable", warning.file(), warning.detail());
                }));
        var address = server.address();
        String user = login.user(address);
        char[] password = login.password(address, user)
                .orElseThrow(() -> new CommandFailure(ExitCode.USAGE,
                        context.texts().get("cli.db.server.noPassword", user, server.toString())));
        return address.location(user, password);
    }
}
