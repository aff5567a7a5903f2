package io.debtmeter.core.voting.server;

import java.time.Duration;

/**
 * How much the voting server lets one client do. The defaults fit a room of phones on one Wi-Fi: a
 * person tapping cards never meets a limit, a script on the network does. Tests may shorten the
 * keep-alive so a closed stream is noticed quickly.
 *
 * @param keepAlive        how often an idle event stream gets a comment line, so a phone that left is
 *                         noticed (the write fails) and proxies and phones do not drop a quiet stream
 * @param addressBurst     votes one network address may send at once, before its body is even read
 * @param addressPerSecond votes per second one network address may send after its burst
 * @param phoneBurst       votes one phone id may send at once
 * @param phonePerSecond   votes per second one phone id may send after its burst
 */
record ServerLimits(Duration keepAlive, int addressBurst, double addressPerSecond, int phoneBurst,
                    double phonePerSecond) {

    /** A phone's vote is a few hundred bytes; a kilobyte leaves room for a long item id and a name. */
    static final int MAX_VOTE_BYTES = 1024;
    /** Request headers of a phone browser are well under 2 KB; cookies are never set here. */
    static final int MAX_HEADER_BYTES = 4 * 1024;
    /** Twice the room's phones: each may hold an event stream and send a vote at the same time. */
    static final int MAX_CONNECTIONS = 200;
    /** Longer than the keep-alive, so only a stream whose phone is gone times out. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(45);
    /** Clients the rate limiters remember; more made-up ids only push out the oldest. */
    static final int REMEMBERED_CLIENTS = 1000;

    /**
     * Phones on a Wi-Fi have an address each, but a test (or a room behind one access point's NAT) may
     * send everyone's votes from one address: its bucket holds a whole room's votes on a few items.
     */
    static final ServerLimits DEFAULT = new ServerLimits(Duration.ofSeconds(15), 200, 100, 20, 5);
}
