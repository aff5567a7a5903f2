package io.debtmeter.core.voting.server;

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

    private final CodePath codePath;
    private final PhonePage page;
    private final EventStreams events;
    private final VoteEndpoint votes;

    VotingRoutes(CodePath codePath, PhonePage page, EventStreams events, VoteEndpoint votes) {
        this.codePath = codePath;
        this.page = page;
        this.events = events;
        this.votes = votes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        AlwaysHeaders.addTo(response);
        Optional<String> route = codePath.routeOf(request);
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
}
