package io.debtmeter.core.voting.server;

import io.debtmeter.testsupport.TestEventStream;
import io.debtmeter.testsupport.TestPhone;
import io.debtmeter.core.voting.VotingChoice;
import io.debtmeter.core.voting.Tally;
import io.debtmeter.core.voting.VotingCode;
import io.debtmeter.core.voting.VotingPin;
import io.debtmeter.core.voting.VotingRoom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Votes travel over a real loopback socket into the room, and the server lets go of its port when closed. */
class VotingServerTest {

    private final VotingRoom room = new VotingRoom(VotingPin.none());
    private final VotingCode code = VotingCode.random();
    private VotingServer server;

    @BeforeEach
    void start() throws Exception {
        server = VotingServer.start(room, code, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void addressNamesTheBoundAddressThePortAndTheCode() {
        assertThat(server.address()).isEqualTo(URI.create("http://127.0.0.1:" + server.port() + "/v/" + code.text()));
        assertThat(server.port()).isPositive();
        assertThat(server.isRunning()).isTrue();
    }

    @Test
    void anIpv6AddressGoesInBracketsWithoutTheLaptopsScope() throws Exception {
        InetAddress unique = InetAddress.getByName("fd12:3456:789a:1::23");
        assertThat(VotingServer.addressOf(unique, 8123, code))
                .hasToString("http://[fd12:3456:789a:1:0:0:0:23]:8123/v/" + code.text());

        byte[] linkLocal = InetAddress.getByName("fe80::1").getAddress();
        InetAddress scoped = Inet6Address.getByAddress(null, linkLocal, 3);
        assertThat(scoped.getHostAddress()).endsWith("%3");
        assertThat(VotingServer.addressOf(scoped, 8123, code))
                .hasToString("http://[fe80:0:0:0:0:0:0:1]:8123/v/" + code.text());
    }

    @Test
    void votesArriveCanBeChangedAndAreRevealedAndLaterVotesAreRefused() throws Exception {
        room.show(TestItems.item(1));
        TestPhone ada = new TestPhone(server.address());
        TestPhone bo = new TestPhone(server.address());
        TestPhone cy = new TestPhone(server.address());

        assertThat(ada.vote("item-1", "1", "Ada").statusCode()).isEqualTo(204);
        assertThat(bo.vote("item-1", "3").statusCode()).isEqualTo(204);
        assertThat(cy.vote("item-1", VotingChoice.NOT_APPLICABLE).statusCode()).isEqualTo(204);
        assertThat(room.state().voted()).isEqualTo(3);
        assertThat(room.choiceOf(ada.id)).contains("1");

        assertThat(ada.vote("item-1", "2", "Ada").statusCode()).as("Ada changes her mind").isEqualTo(204);
        assertThat(room.state().voted()).isEqualTo(3);

        Tally tally = room.reveal().orElseThrow();
        assertThat(tally.counts()).isEqualTo(Map.of("2", 1, "3", 1, VotingChoice.NOT_APPLICABLE, 1));
        assertThat(tally.names()).isEqualTo(Map.of("2", java.util.List.of("Ada")));

        HttpResponse<String> late = bo.vote("item-1", "0");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).isEqualTo("{\"error\":\"already-revealed\"}");
        assertThat(room.state().revealed()).contains(tally);
    }

    @Test
    void servesThePageAndItsAssetsWithTheirTypesAndStrictHeaders() throws Exception {
        for (String path : new String[] {"", "/"}) {
            HttpResponse<String> page = TestPhone.get(URI.create(server.address() + path));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).contains("text/html;charset=utf-8");
            assertThat(page.body())
                    .contains("href=\"/v/" + code.text() + "/phone.css\"")
                    .contains("src=\"/v/" + code.text() + "/phone.js\"")
                    .doesNotContain("{{base}}")
                    .doesNotContain("<script>").doesNotContain("style=");
            assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'",
                            "img-src 'self' data:", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'");
            assertStrictHeaders(page);
        }
        HttpResponse<String> css = TestPhone.get(URI.create(server.address() + "/phone.css"));
        assertThat(css.headers().firstValue("Content-Type")).contains("text/css;charset=utf-8");
        assertStrictHeaders(css);
        HttpResponse<String> js = TestPhone.get(URI.create(server.address() + "/phone.js"));
        assertThat(js.headers().firstValue("Content-Type")).contains("text/javascript;charset=utf-8");
        assertThat(js.body()).contains("EventSource");
        assertStrictHeaders(js);
    }

    static void assertStrictHeaders(HttpResponse<?> response) {
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Server")).isEmpty();
        assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
    }

    /**
     * The server listens on the address the facilitator chose and no other. Both addresses are loopback
     * (Linux answers all of 127.0.0.0/8 on lo), so the test never talks to another machine or interface.
     */
    @Test
    void itListensOnlyOnTheChosenAddress() throws Exception {
        VotingRoom other = new VotingRoom(VotingPin.none());
        try (VotingServer second = VotingServer.start(other, VotingCode.random(), InetAddress.getByName("127.0.0.2"))) {
            try (Socket chosen = new Socket(InetAddress.getByName("127.0.0.2"), second.port())) {
                assertThat(chosen.isConnected()).isTrue();
            }
            assertThatThrownBy(() -> new Socket(InetAddress.getByName("127.0.0.1"), second.port()).close())
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void everyThreadTheServerStartedIsADaemonSoItCanNeverKeepTheAppAlive() throws Exception {
        room.show(TestItems.item(1));
        try (TestEventStream stream = TestEventStream.open(server.address())) {
            stream.next();
            assertThat(new TestPhone(server.address()).vote("item-1", "2").statusCode()).isEqualTo(204);
            assertThat(Thread.getAllStackTraces().keySet())
                    .filteredOn(thread -> thread.getName().startsWith("voting") || thread.getName().startsWith("Scheduler")
                            || thread.getName().startsWith("qtp"))
                    .isNotEmpty()
                    .allMatch(Thread::isDaemon);
        }
    }

    @Test
    void afterCloseThePortRefusesConnectionsAndTheRoomIsClosed() throws Exception {
        room.show(TestItems.item(1));
        try (TestEventStream stream = TestEventStream.open(server.address())) {
            stream.next();
            server.close();

            assertThat(stream.next(event -> !event.get("open").asBoolean(), Duration.ofSeconds(5)).get("item").isNull())
                    .as("the phone is told voting has ended").isTrue();
            assertThat(stream.endsWithin(Duration.ofSeconds(5))).isTrue();
        }
        assertThat(server.isRunning()).isFalse();
        assertThat(room.state().open()).isFalse();
        assertThatThrownBy(() -> new Socket("127.0.0.1", server.port()).close()).isInstanceOf(ConnectException.class);
        server.close();
        assertThat(server.isRunning()).as("closing twice is harmless").isFalse();
    }
}
