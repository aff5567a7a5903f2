package io.debtmeter.core.voting.server;

import io.debtmeter.core.voting.VotingCode;
import io.debtmeter.core.voting.VotingRoom;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.util.thread.VirtualThreadPool;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The small web server the facilitator's laptop runs while voting is open (issue 21, decision 0026):
 * it serves the phone page, streams the room's state to the phones and takes their votes. It listens
 * on one address only, on a port the system picks, and answers only under the secret
 * {@code /v/<code>} path.
 *
 * <p>Jetty's core API, no servlets. Each event stream holds a thread for as long as its phone follows
 * the room, so requests run on virtual threads: a hundred open streams cost a hundred small stacks, and
 * the bound (above the connection limit) means they never starve a vote.
 */
public final class VotingServer implements AutoCloseable {

    /**
     * One thread per open connection at most (each event stream holds one), plus Jetty's acceptor and
     * selector: a full room's hundred streams leave a hundred threads for votes.
     */
    private static final int MAX_THREADS = ServerLimits.MAX_CONNECTIONS + 56;

    /** How long closing waits for the streams to send "voting has ended" before the port closes. */
    private static final Duration STREAMS_DRAIN = Duration.ofSeconds(1);

    private final Server jetty;
    private final VotingRoom room;
    private final EventStreams events;
    private final URI address;
    private final AtomicBoolean closed = new AtomicBoolean();

    private VotingServer(Server jetty, VotingRoom room, EventStreams events, URI address) {
        this.jetty = jetty;
        this.room = room;
        this.events = events;
        this.address = address;
    }

    /** Starts serving {@code room} on {@code bindAddress} only, on a free port. */
    public static VotingServer start(VotingRoom room, VotingCode code, InetAddress bindAddress) throws IOException {
        return start(room, code, bindAddress, ServerLimits.DEFAULT);
    }

    static VotingServer start(VotingRoom room, VotingCode code, InetAddress bindAddress, ServerLimits limits)
            throws IOException {
        VirtualThreadPool threads = new VirtualThreadPool(MAX_THREADS);
        threads.setName("voting-server");
        // Daemon threads only (virtual threads always are): a server someone forgot to close can never
        // keep the app from quitting.
        Server jetty = new Server(threads, new ScheduledExecutorScheduler("voting-scheduler", true), null);

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(ServerLimits.MAX_HEADER_BYTES);
        ServerConnector connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(bindAddress.getHostAddress());
        connector.setPort(0);
        connector.setIdleTimeout(ServerLimits.IDLE_TIMEOUT.toMillis());
        jetty.addConnector(connector);
        jetty.addBean(new NetworkConnectionLimit(ServerLimits.MAX_CONNECTIONS, connector));

        EventStreams events = new EventStreams(room, limits.keepAlive());
        CodePath codePath = new CodePath(code);
        jetty.setHandler(new VotingRoutes(codePath, new PhonePage(code), events, new VoteEndpoint(room, limits)));
        jetty.setErrorHandler(new BodylessErrors(codePath));
        // No graceful stop: it would wait for phones' idle keep-alive connections. The streams were
        // already given the room's last state (see close()), and nothing else is worth waiting for.
        jetty.setStopTimeout(0);
        try {
            jetty.start();
        } catch (IOException e) {
            stopQuietly(jetty);
            throw e;
        } catch (Exception e) {
            stopQuietly(jetty);
            throw new IOException("the voting server did not start on " + bindAddress.getHostAddress(), e);
        }
        URI address = addressOf(bindAddress, connector.getLocalPort(), code);
        return new VotingServer(jetty, room, events, address);
    }

    static URI addressOf(InetAddress bindAddress, int port, VotingCode code) {
        String host = bindAddress.getHostAddress();
        if (bindAddress instanceof Inet6Address) {
            // A link-local address's scope ("%eth0") names the laptop's interface, which means nothing
            // on a phone (and few browsers accept one in an address): the phone uses its own.
            int scope = host.indexOf('%');
            host = "[" + (scope < 0 ? host : host.substring(0, scope)) + "]";
        }
        return URI.create("http://" + host + ":" + port + "/v/" + code.text());
    }

    /** {@code http://<bindAddress>:<port>/v/<code>}: what the QR code says. */
    public URI address() {
        return address;
    }

    public int port() {
        return address.getPort();
    }

    public boolean isRunning() {
        return !closed.get() && jetty.isRunning();
    }

    /**
     * Closes the room (phones are told voting has ended, every ballot is forgotten), ends the event
     * streams and stops listening, freeing the port. Safe to call more than once.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        room.close();
        events.endAll();
        events.awaitEnded(STREAMS_DRAIN);
        stopQuietly(jetty);
    }

    private static void stopQuietly(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception e) {
            // Stopping only fails when a component was half-started; the port is closed either way.
        }
    }
}
