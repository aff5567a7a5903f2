package io.debtmeter.core.voting.server;

import io.debtmeter.core.voting.VotingCode;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;

import java.util.Optional;

/**
 * The secret prefix {@code /v/<code>} of every address the server answers. Read from the path as sent,
 * still percent-encoded: the code and the routes need no escaping, so an escaped character anywhere
 * before the route (say {@code /v/<code>%2F}) is a path the server does not have.
 */
record CodePath(VotingCode code) {

    private static final String PREFIX = "/v/";

    /** What follows {@code /v/<code>} in the request's path ("", "/", "/vote"...), when the code is right. */
    Optional<String> routeOf(Request request) {
        HttpURI uri = request.getHttpURI();
        String path = uri == null ? null : uri.getPath();
        if (path == null || !path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int end = path.indexOf('/', PREFIX.length());
        String candidate = end < 0 ? path.substring(PREFIX.length()) : path.substring(PREFIX.length(), end);
        if (!code.matches(candidate)) {
            return Optional.empty();
        }
        return Optional.of(end < 0 ? "" : path.substring(end));
    }
}
