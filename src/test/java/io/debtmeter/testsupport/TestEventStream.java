package io.debtmeter.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A raw server-sent-events client: every line it received, and the events' data as JSON. */
public final class TestEventStream implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    public final HttpResponse<Stream<String>> response;
    public final List<String> lines = new CopyOnWriteArrayList<>();
    private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    private final Thread reader;

    private TestEventStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = Thread.ofVirtual().start(this::read);
    }

    public static TestEventStream open(URI address) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(address + "/events"))
                .header("Accept", "text/event-stream")
                .GET().build();
        return new TestEventStream(TestPhone.HTTP.send(request, HttpResponse.BodyHandlers.ofLines()));
    }

    private void read() {
        try {
            response.body().forEach(line -> {
                lines.add(line);
                if (line.startsWith("data: ")) {
                    try {
                        events.add(JSON.readTree(line.substring("data: ".length())));
                    } catch (IOException e) {
                        throw new IllegalStateException("an event that is not JSON: " + line, e);
                    }
                }
            });
        } catch (RuntimeException e) {
            // The stream was closed by the test or the server: nothing more to read.
        }
    }

    /** The next event that matches, skipping others; fails after the timeout. */
    public JsonNode next(Predicate<JsonNode> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError("no such event within " + timeout + "; lines: " + lines);
            }
            if (wanted.test(event)) {
                return event;
            }
        }
    }

    public JsonNode next() throws InterruptedException {
        return next(event -> true, Duration.ofSeconds(5));
    }

    /** True once the server ended the stream. */
    public boolean endsWithin(Duration timeout) throws InterruptedException {
        return reader.join(timeout);
    }

    @Override
    public void close() {
        response.body().close();
    }
}
