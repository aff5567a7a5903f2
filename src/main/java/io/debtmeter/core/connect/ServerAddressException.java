package io.debtmeter.core.connect;

/**
 * A {@code postgresql://} address that cannot be used; {@link #problem()} says why and {@link #detail()}
 * gives what to name (the address, a parameter, an sslmode), so each caller words it in its language.
 * An address with a password in it is refused without repeating any of it.
 */
public final class ServerAddressException extends IllegalArgumentException {

    public enum Problem {
        /** Not an address of the form postgresql://[user@]host[:port]/dbname. The detail is the value. */
        INVALID,
        /** A password in the address. The detail is empty. */
        PASSWORD,
        /** A parameter other than sslmode and sslrootcert. The detail is its name. */
        PARAMETER,
        /** An sslmode the driver does not know. The detail is the value given. */
        SSL_MODE
    }

    private final Problem problem;
    private final String detail;

    ServerAddressException(Problem problem, String detail) {
        super(problem + (problem == Problem.PASSWORD ? "" : ": " + detail));
        this.problem = problem;
        this.detail = detail;
    }

    public Problem problem() {
        return problem;
    }

    public String detail() {
        return detail;
    }
}
