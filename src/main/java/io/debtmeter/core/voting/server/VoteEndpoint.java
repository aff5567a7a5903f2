package io.debtmeter.core.voting.server;

import io.debtmeter.core.voting.RateLimiter;
import io.debtmeter.core.voting.VoteOutcome;
import io.debtmeter.core.voting.VotingRoom;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * {@code POST /v/<code>/vote}: the cheapest checks come first, so a flood costs the laptop little: the
 * sender's address is rate-limited before anything is read, the type and size are checked before the
 * body is, and the phone id is limited once the body says which phone it is.
 */
final class VoteEndpoint {

    private final VotingRoom room;
    private final RateLimiter perAddress;
    private final RateLimiter perPhone;

    VoteEndpoint(VotingRoom room, ServerLimits limits) {
        this.room = room;
        this.perAddress = new RateLimiter(limits.addressBurst(), limits.addressPerSecond(),
                ServerLimits.REMEMBERED_CLIENTS, System::nanoTime);
        this.perPhone = new RateLimiter(limits.phoneBurst(), limits.phonePerSecond(),
                ServerLimits.REMEMBERED_CLIENTS, System::nanoTime);
    }

    void serve(Request request, Response response, Callback callback) throws IOException {
        if (!perAddress.tryAcquire(Request.getRemoteAddr(request))) {
            tooMany(response, callback);
            return;
        }
        // Only application/json: a form or text/plain POST from another site's page would need no
        // CORS preflight; this type does, and the preflight is never answered.
        if (!isJson(request.getHeaders().get(HttpHeader.CONTENT_TYPE))) {
            Reply.error(response, callback, 415, "unsupported-media-type");
            return;
        }
        if (request.getLength() > ServerLimits.MAX_VOTE_BYTES) {
            Reply.error(response, callback, 413, "too-large");
            return;
        }
        byte[] body;
        try (InputStream in = Request.asInputStream(request)) {
            body = in.readNBytes(ServerLimits.MAX_VOTE_BYTES + 1);
        }
        if (body.length > ServerLimits.MAX_VOTE_BYTES) {
            Reply.error(response, callback, 413, "too-large");
            return;
        }
        VoteRequest vote;
        try {
            vote = VoteRequest.parse(body);
        } catch (InvalidVoteException e) {
            Reply.error(response, callback, 400, "bad-request");
            return;
        }
        if (!perPhone.tryAcquire(vote.phone())) {
            tooMany(response, callback);
            return;
        }
        VoteOutcome outcome = room.vote(vote.phone(), vote.item(), vote.choice(), vote.name(), vote.pin().orElse(null));
        answer(outcome, response, callback);
    }

    private static void answer(VoteOutcome outcome, Response response, Callback callback) {
        switch (outcome) {
            case ACCEPTED -> Reply.empty(response, callback, 204);
            case CLOSED -> Reply.error(response, callback, 409, "closed");
            case WRONG_ITEM -> Reply.error(response, callback, 409, "wrong-item");
            case ALREADY_REVEALED -> Reply.error(response, callback, 409, "already-revealed");
            case UNKNOWN_CHOICE -> Reply.error(response, callback, 422, "unknown-choice");
            case WRONG_PIN -> Reply.error(response, callback, 403, "wrong-pin");
            case ROOM_FULL -> Reply.error(response, callback, 503, "room-full");
        }
    }

    private static void tooMany(Response response, Callback callback) {
        response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
        Reply.error(response, callback, 429, "too-many-requests");
    }

    /** {@code application/json}, with no charset or UTF-8 (the only one JSON allows between systems). */
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].strip().equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().replace(" ", "");
            if (!parameter.equals("charset=utf-8") && !parameter.equals("charset=\"utf-8\"")) {
                return false;
            }
        }
        return true;
    }
}
