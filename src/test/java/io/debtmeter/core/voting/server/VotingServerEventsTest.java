package io.debtmeter.core.voting.server;

import io.debtmeter.testsupport.TestEventStream;
import io.debtmeter.testsupport.TestPhone;
import io.debtmeter.core.voting.VotingChoice;
import com.fasterxml.jackson.databind.JsonNode;
import io.debtmeter.core.voting.VotingCode;
import io.debtmeter.core.voting.VotingPin;
import io.debtmeter.core.voting.VotingRoom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Phones follow the room as server-sent events: what they get, when, and what they never get. */
class VotingServerEventsTest {

    private static final Set<String> VIEW_FIELDS = Set.of("version", "open", "pinRequired", "revealed", "item");

    private final VotingRoom room = new VotingRoom(VotingPin.none());
    private VotingServer server;

    private void start(ServerLimits limits) throws IOException {
        server = VotingServer.start(room, VotingCode.random(), InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), limits);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aPhoneGetsTheCurrentStateAtOnceThenEachNewItem() throws Exception {
        start(ServerLimits.DEFAULT);
        room.show(TestItems.item(1));

        try (TestEventStream stream = TestEventStream.open(server.address())) {
            assertThat(stream.response.statusCode()).isEqualTo(200);
            assertThat(stream.response.headers().firstValue("Content-Type")).contains("text/event-stream;charset=utf-8");
            VotingServerTest.assertStrictHeaders(stream.response);

            JsonNode first = stream.next();
            assertThat(first.get("open").asBoolean()).isTrue();
            assertThat(first.get("revealed").asBoolean()).isFalse();
            assertThat(first.get("pinRequired").asBoolean()).isFalse();
            assertThat(first.get("item").get("id").asText()).isEqualTo("item-1");
            assertThat(first.get("item").get("title").asText()).isEqualTo("Practice number 1");
            assertThat(first.get("item").get("position").asText()).isEqualTo("Item 1 of 30");
            JsonNode written = first.get("item").get("choices").get(2);
            assertThat(written.get("key").asText()).isEqualTo("2");
            assertThat(written.get("number").asText()).isEqualTo("2");
            assertThat(written.get("label").asText()).isEqualTo("Written rule");
            assertThat(written.get("detail").asText()).startsWith("The team wrote down");

            room.show(TestItems.item(2));
            JsonNode second = stream.next();
            assertThat(second.get("item").get("id").asText()).isEqualTo("item-2");
            assertThat(second.get("version").asLong()).isGreaterThan(first.get("version").asLong());

            room.reveal();
            assertThat(stream.next().get("revealed").asBoolean()).isTrue();
        }
    }

    @Test
    void beforeTheFirstItemThePhoneSeesNoItem() throws Exception {
        start(ServerLimits.DEFAULT);

        try (TestEventStream stream = TestEventStream.open(server.address())) {
            JsonNode first = stream.next();

            assertThat(first.get("item").isNull()).isTrue();
            assertThat(first.get("open").asBoolean()).isTrue();
        }
    }

    @Test
    void aStreamCountsAsAConnectedPhoneUntilItCloses() throws Exception {
        // Jetty notices a phone that left only when writing to it: a short keep-alive makes that quick.
        start(new ServerLimits(Duration.ofMillis(200), 200, 100, 20, 5));
        room.show(TestItems.item(1));

        TestEventStream stream = TestEventStream.open(server.address());
        stream.next();
        assertThat(room.state().connected()).isEqualTo(1);

        stream.close();

        awaitTrue(() -> room.state().connected() == 0, "the closed stream left the room");
    }

    @Test
    void theStreamNeverCarriesOtherPhonesChoicesNamesOrCounts() throws Exception {
        start(ServerLimits.DEFAULT);
        room.show(TestItems.item(1));
        try (TestEventStream stream = TestEventStream.open(server.address())) {
            stream.next();
            TestPhone zelda = new TestPhone(server.address(), "zelda-phone-id-0000000001");
            TestPhone yusuf = new TestPhone(server.address(), "yusuf-phone-id-0000000002");

            assertThat(zelda.vote("item-1", VotingChoice.DONT_KNOW, "Zelda").statusCode()).isEqualTo(204);
            assertThat(yusuf.vote("item-1", "3", "Yusuf").statusCode()).isEqualTo(204);
            room.reveal();
            stream.next(event -> event.get("revealed").asBoolean(), Duration.ofSeconds(5));
            room.show(TestItems.item(2));
            stream.next(event -> event.get("item").get("id").asText().equals("item-2"), Duration.ofSeconds(5));

            String everything = String.join("\n", stream.lines);
            assertThat(everything).doesNotContain("Zelda", "Yusuf", "zelda-phone", "yusuf-phone", "voted",
                    "connected", "counts", "names", "tally");
            for (String line : stream.lines) {
                if (line.startsWith("data: ")) {
                    JsonNode view = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line.substring(6));
                    List<String> fields = new ArrayList<>();
                    view.fieldNames().forEachRemaining(fields::add);
                    assertThat(fields).containsExactlyInAnyOrderElementsOf(VIEW_FIELDS);
                }
            }
            assertThat(stream.lines.stream().filter(line -> line.startsWith("data: ")).count())
                    .as("votes change nothing a phone shows, so they send no event: first state, reveal, item 2")
                    .isEqualTo(3);
        }
    }

    @Test
    void aClosedRoomAnswers503ClosedSoThePageKnowsVotingEnded() throws Exception {
        start(ServerLimits.DEFAULT);
        room.close();

        HttpResponse<String> response = TestPhone.get(URI.create(server.address() + "/events"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("{\"error\":\"closed\"}");
        assertThat(room.state().connected()).isZero();
    }

    @Test
    void aBusyRoomDoesNotPutOffTheKeepAlive() throws Exception {
        start(new ServerLimits(Duration.ofMillis(300), 200, 100, 20, 5));
        room.show(TestItems.item(1));
        try (TestEventStream stream = TestEventStream.open(server.address())) {
            stream.next();
            long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            int phone = 0;
            // Changes every 50 ms that a phone does not see (phones joining and leaving).
            while (System.nanoTime() < until && !stream.lines.contains(": keep-alive")) {
                room.join();
                room.leave();
                Thread.sleep(50);
                phone++;
            }

            assertThat(stream.lines).as("after %d unseen changes", phone).contains(": keep-alive");
        }
    }

    @Test
    void anIdleStreamGetsKeepAliveComments() throws Exception {
        start(new ServerLimits(Duration.ofMillis(100), 200, 100, 20, 5));
        try (TestEventStream stream = TestEventStream.open(server.address())) {
            stream.next();

            awaitTrue(() -> stream.lines.contains(": keep-alive"), "a keep-alive comment arrives");
        }
    }

    @Test
    void aHundredStreamsFillTheRoomTheNextIs503AndVotesStillGetThrough() throws Exception {
        start(new ServerLimits(Duration.ofMillis(500), 200, 100, 20, 5));
        room.show(TestItems.item(1));
        List<Socket> streams = new ArrayList<>();
        try {
            for (int i = 0; i < VotingRoom.MAX_PHONES; i++) {
                streams.add(openRawStream());
            }
            assertThat(room.state().connected()).isEqualTo(VotingRoom.MAX_PHONES);

            HttpResponse<String> oneTooMany = TestPhone.get(URI.create(server.address() + "/events"));
            assertThat(oneTooMany.statusCode()).isEqualTo(503);
            assertThat(oneTooMany.body()).isEqualTo("{\"error\":\"room-full\"}");

            long before = System.nanoTime();
            assertThat(new TestPhone(server.address()).vote("item-1", "2").statusCode()).isEqualTo(204);
            assertThat(TestPhone.get(server.address()).statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
        } finally {
            for (Socket stream : streams) {
                stream.close();
            }
        }
        awaitTrue(() -> room.state().connected() == 0, "every closed stream left the room");
    }

    /** An event stream on a plain socket, once its response has begun; closing the socket ends it for sure. */
    private Socket openRawStream() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(5_000);
        socket.getOutputStream().write(("GET " + server.address().getRawPath() + "/events HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        InputStream in = socket.getInputStream();
        byte[] status = in.readNBytes("HTTP/1.1 200".length());
        assertThat(new String(status, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
        return socket;
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
