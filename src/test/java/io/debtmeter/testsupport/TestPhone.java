package io.debtmeter.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** A phone that talks HTTP to the voting server on the loopback address, as the page does. */
public final class TestPhone {

    public static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI base;
    public final String id;

    public TestPhone(URI address) {
        this(address, UUID.randomUUID().toString().replace("-", ""));
    }

    public TestPhone(URI address, String id) {
        this.base = address;
        this.id = id;
    }

    public HttpResponse<String> vote(String item, String choice) throws IOException, InterruptedException {
        return post(base, "{\"item\":\"%s\",\"choice\":\"%s\",\"phone\":\"%s\"}".formatted(item, choice, id));
    }

    public HttpResponse<String> vote(String item, String choice, String name) throws IOException, InterruptedException {
        return post(base, "{\"item\":\"%s\",\"choice\":\"%s\",\"phone\":\"%s\",\"name\":\"%s\"}"
                .formatted(item, choice, id, name));
    }

    /** Votes, and when the server says "too many" waits as long as it asks and tries again, as a person would. */
    public int votePatiently(String item, String choice) throws IOException, InterruptedException {
        while (true) {
            HttpResponse<String> response = vote(item, choice);
            if (response.statusCode() != 429) {
                return response.statusCode();
            }
            long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
            Thread.sleep(Duration.ofSeconds(seconds));
        }
    }

    public static HttpResponse<String> post(URI address, String json) throws IOException, InterruptedException {
        return post(address, "application/json", json);
    }

    public static HttpResponse<String> post(URI address, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(address + "/vote"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
