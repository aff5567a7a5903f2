package io.debtmeter.core.voting.server;

import io.debtmeter.core.voting.VotingCode;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.util.Optional;

/**
 * Every request comes here. Anything whose path does not start with {@code /v/<code>} gets a bare 404,
 * the same as a path that does not exist, so someone scanning the network learns nothing, not even
 * that this is a voting server.
 */
final class VotingRoutes extends Handler.Abstract {

    private static final String PREFIX = "/v/";

    private final VotingCode code;
    private final PhonePage page;
    private final EventStreams events;
    private final VoteEndpoint votes;

    VotingRoutes(VotingCode code, PhonePage page, EventStreams events, VoteEndpoint votes) {
        this.code = code;
        this.page = page;
        this.events = events;
        this.votes = votes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        AlwaysHeaders.addTo(response);
        Optional<String> route = routeAfterCode(Request.getPathInContext(request));
        if (route.isEmpty()) {
            Reply.empty(response, callback, 404);
            return true;
        }
        String method = request.getMethod();
        switch (route.get()) {
            case "", "/" -> get(method, response, callback, () -> Reply.content(response, callback, PhonePage.HTML_TYPE, page.html()));
            case "/phone.css" -> get(method, response, callback, () -> Reply.content(response, callback, PhonePage.CSS_TYPE, page.css()));
            case "/phone.js" -> get(method, response, callback, () -> Reply.content(response, callback, PhonePage.JS_TYPE, page.js()));
            case "/events" -> get(method, response, callback, () -> events.serve(request, response, callback));
            case "/vote" -> {
                if (method.equals("POST")) {
                    votes.serve(request, response, callback);
                } else {
                    Reply.empty(response, callback, 405);
                }
            }
            default -> Reply.empty(response, callback, 404);
        }
        return true;
    }

    private static void get(String method, Response response, Callback callback, Runnable serve) {
        if (method.equals("GET")) {
            serve.run();
        } else {
            Reply.empty(response, callback, 405);
        }
    }

    /** What follows {@code /v/<code>} in the path, when the code is right. */
    private Optional<String> routeAfterCode(String path) {
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
