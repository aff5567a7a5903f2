package io.debtmeter.core.voting.server;

import io.debtmeter.testsupport.TestPhone;
import io.debtmeter.core.voting.RoomState;
import io.debtmeter.core.voting.VotingCode;
import io.debtmeter.core.voting.VotingPin;
import io.debtmeter.core.voting.VotingRoom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way a request is refused, each changing nothing in the room: the state after the refusal is
 * the state before it, down to its version.
 */
class VotingServerRefusalsTest {

    private static final String ITEM = "item-1";

    private final VotingCode code = VotingCode.random();
    private VotingRoom room;
    private VotingServer server;

    private void start(VotingPin pin) throws IOException {
        room = new VotingRoom(pin);
        server = VotingServer.start(room, code, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
        room.show(TestItems.item(1));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private URI root() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    private String phoneId() {
        return "phone-0123456789abcdef";
    }

    private void assertRefused(HttpResponse<String> response, int status, String body, RoomState before) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).isEqualTo(body);
        VotingServerTest.assertStrictHeaders(response);
        assertThat(room.state()).as("the room is unchanged").isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/v", "/v/", "/v/CODEx", "/favicon.ico", "/v/CODE/../", "/v/CODE/nothing",
            "/v/CODE/phone.css/", "/v/CODE/events/x", "/v/CODE/vote/", "/v/CODEX/vote", "/index.html",
            "/v/CODE%2F", "/v/code", "/.well-known/security.txt"})
    void pathsWithoutTheExactCodeOrUnknownUnderItAre404WithNoBody(String path) throws Exception {
        start(VotingPin.none());
        RoomState before = room.state();
        String resolved = path.replace("CODE", code.text()).replace("/v/code", "/v/" + code.text().toLowerCase());

        HttpResponse<String> response = TestPhone.get(URI.create(root() + resolved));

        assertRefused(response, 404, "", before);
    }

    @Test
    void headersOverFourKilobytesAreRefusedWithoutABody() throws Exception {
        start(VotingPin.none());
        RoomState before = room.state();
        HttpRequest huge = HttpRequest.newBuilder(server.address()).header("X-Padding", "x".repeat(6000)).build();

        HttpResponse<String> response = TestPhone.HTTP.send(huge, HttpResponse.BodyHandlers.ofString());

        assertRefused(response, 431, "", before);
    }

    @Test
    void aWrongCodeOfTheRightLengthIs404() throws Exception {
        start(VotingPin.none());
        RoomState before = room.state();
        URI wrong = URI.create(root() + "/v/" + VotingCode.random().text());

        assertRefused(TestPhone.get(wrong), 404, "", before);
        assertRefused(TestPhone.post(wrong, json(ITEM, "1")), 404, "", before);
    }

    @Test
    void aVoteForAnotherItemIs409() throws Exception {
        start(VotingPin.none());
        RoomState before = room.state();

        assertRefused(TestPhone.post(server.address(), json("item-2", "1")), 409, "{\"error\":\"wrong-item\"}", before);
    }

    @Test
    void aVoteBeforeAnyItemIsShownIs409() throws Exception {
        room = new VotingRoom(VotingPin.none());
        server = VotingServer.start(room, code, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
        RoomState before = room.state();

        assertRefused(TestPhone.post(server.address(), json(ITEM, "1")), 409, "{\"error\":\"closed\"}", before);
    }

    @Test
    void anUnknownChoiceIs422() throws Exception {
        start(VotingPin.none());
        RoomState before = room.state();

        assertRefused(TestPhone.post(server.address(), json(ITEM, "7")), 422, "{\"error\":\"unknown-choice\"}", before);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"item\":\"item-1\",\"choice\":\"1\",",
            "not json at all",
            "",
            "[]",
            "\"item-1\"",
            "{\"item\":\"item-1\",\"choice\":\"1\",\"phone\":\"phone-0123456789abcdef\",\"admin\":true}",
            "{\"item\":\"item-1\",\"choice\":1,\"phone\":\"phone-0123456789abcdef\"}",
            "{\"item\":[\"item-1\"],\"choice\":\"1\",\"phone\":\"phone-0123456789abcdef\"}",
            "{\"item\":\"item-1\",\"choice\":\"1\",\"phone\":\"phone-0123456789abcdef\",\"name\":null}",
            "{\"item\":\"item-1\",\"choice\":\"1\",\"phone\":\"phone-0123456789abcdef\",\"pin\":1234}",
            "{\"item\":\"item-1\",\"choice\":\"1\",\"phone\":\"phone-0123456789abcdef\",\"pin\":\"12a4\"}",
            "{\"item\":\"item-1\",\"choice\":\"1\"}",
            "{\"item\":\"item-1\",\"choice\":\"1\",\"phone\":\"short\"}",
            "{\"item\":\"item-1\",\"choice\":\"1\",\"phone\":\"phone with spaces 0123456789\"}",
            "{\"item\":\"item-1\",\"choice\":\"1\",\"phone\":\"phone-0123456789abcdef-phone-0123456789abcdef-phone-0123456789abcdef\"}",
            "{\"item\":\"item-1\",\"choice\":\"1\",\"phone\":\"phone-0123456789abcdef\",\"name\":\"Maximiliane-Annabelle Theodoras\"}",
            "{\"item\":\"item-1\",\"choice\":\"1\",\"phone\":\"phone-0123456789abcdef\",\"name\":\"Ada\\nBo\"}",
            "{\"item\":\"item-1\",\"choice\":\"1\",\"phone\":\"phone-0123456789abcdef\",\"name\":\"\\u202Eada\"}",
            "{\"item\":\"item-1\",\"choice\":\"1\",\"phone\":\"phone-0123456789abcdef\",\"phone\":\"phone-0123456789abcdeg\"}",
            "{\"item\":\"item-1\",\"choice\":\"1\",\"phone\":\"phone-0123456789abcdef\"} {}",
    })
    void malformedOrStrangelyShapedVotesAre400(String body) throws Exception {
        start(VotingPin.none());
        RoomState before = room.state();

        assertRefused(TestPhone.post(server.address(), body), 400, "{\"error\":\"bad-request\"}", before);
    }

    @Test
    void aThirtyCharacterNameIsStillAccepted() throws Exception {
        start(VotingPin.none());

        HttpResponse<String> response = TestPhone.post(server.address(),
                "{\"item\":\"item-1\",\"choice\":\"1\",\"phone\":\"%s\",\"name\":\"%s\"}".formatted(phoneId(), "x".repeat(30)));

        assertThat(response.statusCode()).isEqualTo(204);
    }

    @Test
    void aDeclaredContentLengthOverOneKilobyteIs413BeforeTheBodyIsSent() throws Exception {
        start(VotingPin.none());
        RoomState before = room.state();

        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v/" + code.text() + "/vote HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 2000\r\n\r\n{\"item\":").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String head = readHead(socket.getInputStream());

            assertThat(head).startsWith("HTTP/1.1 413 ").doesNotContainIgnoringCase("Server:");
        }
        assertThat(room.state()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyIsCutOffPastOneKilobyteWith413() throws Exception {
        start(VotingPin.none());
        RoomState before = room.state();
        byte[] body = ("{\"item\":\"item-1\",\"choice\":\"1\",\"phone\":\"" + phoneId() + "\",\"name\":\""
                + "x".repeat(1500) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.address() + "/vote"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> response = TestPhone.HTTP.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(request.bodyPublisher().orElseThrow().contentLength()).as("sent chunked, length unknown").isNegative();
        assertRefused(response, 413, "{\"error\":\"too-large\"}", before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/json; charset=iso-8859-1", "application/jsonp", "application/json-patch+json"})
    void anythingButJsonIs415(String contentType) throws Exception {
        start(VotingPin.none());
        RoomState before = room.state();

        HttpResponse<String> response = TestPhone.post(server.address(), contentType, json(ITEM, "1"));

        assertRefused(response, 415, "{\"error\":\"unsupported-media-type\"}", before);
    }

    @Test
    void jsonWithAUtf8CharsetIsAccepted() throws Exception {
        start(VotingPin.none());

        assertThat(TestPhone.post(server.address(), "application/json; charset=UTF-8", json(ITEM, "1")).statusCode())
                .isEqualTo(204);
    }

    @Test
    void aCrossSitePreflightGetsNoCorsHeaders() throws Exception {
        start(VotingPin.none());
        HttpRequest preflight = HttpRequest.newBuilder(URI.create(server.address() + "/vote"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .build();

        HttpResponse<String> response = TestPhone.HTTP.send(preflight, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control"));
    }

    @Test
    void aWrongPinIs403() throws Exception {
        start(new VotingPin(Optional.of("4821")));
        RoomState before = room.state();
        String body = "{\"item\":\"item-1\",\"choice\":\"1\",\"phone\":\"%s\",\"pin\":\"1234\"}".formatted(phoneId());

        assertRefused(TestPhone.post(server.address(), body), 403, "{\"error\":\"wrong-pin\"}", before);
    }

    @Test
    void aMissingPinIs403AndTheRightOneIsAccepted() throws Exception {
        start(new VotingPin(Optional.of("4821")));
        RoomState before = room.state();

        assertRefused(TestPhone.post(server.address(), json(ITEM, "1")), 403, "{\"error\":\"wrong-pin\"}", before);

        String right = "{\"item\":\"item-1\",\"choice\":\"1\",\"phone\":\"%s\",\"pin\":\"4821\"}".formatted(phoneId());
        assertThat(TestPhone.post(server.address(), right).statusCode()).isEqualTo(204);
    }

    @Test
    void aFloodFromOnePhoneIsThrottledAndOnlyAcceptedVotesCount() throws Exception {
        start(VotingPin.none());
        TestPhone phone = new TestPhone(server.address());
        int accepted = 0;
        int throttled = 0;
        String lastAccepted = null;

        for (int i = 0; i < 200; i++) {
            String choice = TestItems.KEYS.get(i % TestItems.KEYS.size());
            HttpResponse<String> response = phone.vote(ITEM, choice);
            if (response.statusCode() == 204) {
                accepted++;
                lastAccepted = choice;
            } else {
                assertThat(response.statusCode()).isEqualTo(429);
                assertThat(response.body()).isEqualTo("{\"error\":\"too-many-requests\"}");
                assertThat(response.headers().firstValue("Retry-After")).contains("1");
                throttled++;
            }
        }

        assertThat(throttled).isPositive();
        assertThat(accepted).isPositive();
        assertThat(room.reveal().orElseThrow().counts()).isEqualTo(Map.of(lastAccepted, 1));
    }

    @Test
    void theHundredAndFirstPhoneIs503() throws Exception {
        start(VotingPin.none());
        for (int i = 0; i < VotingRoom.MAX_PHONES; i++) {
            assertThat(new TestPhone(server.address()).vote(ITEM, "2").statusCode()).isEqualTo(204);
        }
        RoomState before = room.state();

        HttpResponse<String> response = new TestPhone(server.address()).vote(ITEM, "2");

        assertRefused(response, 503, "{\"error\":\"room-full\"}", before);
        assertThat(room.reveal().orElseThrow().counts()).isEqualTo(Map.of("2", 100));
    }

    private String json(String item, String choice) {
        return "{\"item\":\"%s\",\"choice\":\"%s\",\"phone\":\"%s\"}".formatted(item, choice, phoneId());
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            head.append((char) c);
            if (head.toString().endsWith("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }
}
