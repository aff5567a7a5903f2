package io.debtmeter.core.voting.server;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Stands in for Jetty's error page, which names the server and echoes the request: a malformed request,
 * too-large headers or a failure in a handler get their status and the usual headers, with no body.
 */
final class BodylessErrors implements Request.Handler {

    private final CodePath codePath;

    BodylessErrors(CodePath codePath) {
        this.codePath = codePath;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        AlwaysHeaders.addTo(response);
        // Jetty refuses some paths (an encoded slash, say) before any handler sees them. Outside the
        // code's path that is still a plain 404, like every other address the server does not have.
        int status = codePath.routeOf(request).isPresent() ? response.getStatus() : 404;
        Reply.empty(response, callback, status);
        return true;
    }
}
