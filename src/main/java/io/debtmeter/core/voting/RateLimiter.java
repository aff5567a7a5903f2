package io.debtmeter.core.voting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each may send {@code burst} requests at once and then one every
 * {@code 1/perSecond} seconds. A person tapping cards never meets it; a script flooding the laptop
 * does, and is refused before its request is even read. Remembers at most {@code maxClients} clients,
 * forgetting the least recently seen, so a flood of made-up client ids cannot fill the memory.
 */
public final class RateLimiter {

    /** Refills add up in floating point: ten tenths of a token must make a whole one. */
    private static final double ROUNDING = 1e-9;

    private final int burst;
    private final double perNano;
    private final LongSupplier nanoClock;
    private final Map<String, double[]> buckets;

    public RateLimiter(int burst, double perSecond, int maxClients, LongSupplier nanoClock) {
        this.burst = burst;
        this.perNano = perSecond / 1_000_000_000d;
        this.nanoClock = nanoClock;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** Takes one token from the client's bucket; false when it is empty. */
    public synchronized boolean tryAcquire(String client) {
        long now = nanoClock.getAsLong();
        double[] bucket = buckets.computeIfAbsent(client, c -> new double[] {burst, now});
        double tokens = Math.min(burst, bucket[0] + (now - bucket[1]) * perNano);
        bucket[1] = now;
        if (tokens < 1 - ROUNDING) {
            bucket[0] = tokens;
            return false;
        }
        bucket[0] = tokens - 1;
        return true;
    }
}
