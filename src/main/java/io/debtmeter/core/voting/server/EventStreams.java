package io.debtmeter.core.voting.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.debtmeter.core.voting.RoomState;
import io.debtmeter.core.voting.VotingRoom;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * {@code GET /v/<code>/events}: each phone follows the room as server-sent events, one {@link PhoneView}
 * per change it would show. A stream counts as a connected phone from its start to its end, so the
 * projector's "5 of 7 voted" knows the 7. Each stream holds one thread that waits for the
 * room's next state and writes it; the room itself never waits for a slow phone.
 */
final class EventStreams {

    /** EventSource retries after this long when the stream breaks (Wi-Fi roaming, laptop sleeping). */
    private static final String RETRY = "retry: 2000\n\n";
    private static final String KEEP_ALIVE = ": keep-alive\n\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VotingRoom room;
    private final Duration keepAlive;
    private final Set<NewestState> streams = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    EventStreams(VotingRoom room, Duration keepAlive) {
        this.room = room;
        this.keepAlive = keepAlive;
    }

    void serve(Request request, Response response, Callback callback) {
        if (closing || !room.join()) {
            // The page tells "the room is full, trying again" from "voting has ended" by this key.
            Reply.error(response, callback, 503, room.state().open() && !closing ? "room-full" : "closed");
            return;
        }
        NewestState inbox = new NewestState();
        Consumer<RoomState> listener = inbox::offer;
        room.addListener(listener);
        streams.add(inbox);
        if (closing) {
            inbox.end();
        }
        // Jetty reports a connection the phone closed here, when it notices; otherwise the next write fails.
        request.addFailureListener(failure -> inbox.end());
        try {
            inbox.offer(room.state());
            response.setStatus(200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream;charset=utf-8");
            send(response, RETRY);
            follow(inbox, response);
            response.write(true, null, callback);
        } catch (IOException | InterruptedException | RuntimeException e) {
            callback.failed(e);
        } finally {
            streams.remove(inbox);
            room.removeListener(listener);
            room.leave();
        }
    }

    private void follow(NewestState inbox, Response response) throws IOException, InterruptedException {
        PhoneView shown = null;
        // Counted from the last write, not the last wake-up: in a busy room most changes send nothing
        // (votes, phones joining), and a phone that left is only noticed when a write to it fails.
        long lastWrite = System.nanoTime();
        while (true) {
            Duration untilKeepAlive = keepAlive.minusNanos(System.nanoTime() - lastWrite);
            Optional<RoomState> next = inbox.take(untilKeepAlive.isNegative() ? Duration.ZERO : untilKeepAlive);
            if (next.isEmpty()) {
                if (inbox.ended()) {
                    return;
                }
                if (System.nanoTime() - lastWrite >= keepAlive.toNanos()) {
                    send(response, KEEP_ALIVE);
                    lastWrite = System.nanoTime();
                }
                continue;
            }
            PhoneView view = PhoneView.of(next.get());
            if (!view.showsSameAs(shown)) {
                send(response, "data: " + json(view) + "\n\n");
                lastWrite = System.nanoTime();
                shown = view;
            }
            if (!view.open()) {
                return;
            }
        }
    }

    /** Ends every stream: the server is closing. */
    void endAll() {
        closing = true;
        streams.forEach(NewestState::end);
    }

    /** Waits until every stream has written its last event, or {@code patience} has passed. */
    void awaitEnded(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!streams.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String json(PhoneView view) {
        try {
            return JSON.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a phone view is plain records and strings", e);
        }
    }

    private static void send(Response response, String text) throws IOException {
        try (Blocker.Callback written = Blocker.callback()) {
            response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), written);
            written.block();
        }
    }
}
