package io.debtmeter.core.voting.server;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Stands in for Jetty's error page, which names the server and echoes the request: a malformed request,
 * too-large headers or a failure in a handler get their status and the usual headers, with no body.
 */
final class BodylessErrors implements Request.Handler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        AlwaysHeaders.addTo(response);
        Reply.empty(response, callback, response.getStatus());
        return true;
    }
}
