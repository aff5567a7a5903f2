package io.debtmeter.core.voting;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private void advanceMillis(long millis) {
        now.addAndGet(millis * 1_000_000L);
    }

    @Test
    void allowsTheBurstThenRefusesUntilTokensRefill() {
        RateLimiter limiter = new RateLimiter(3, 2, 100, now::get);

        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();

        advanceMillis(499);
        assertThat(limiter.tryAcquire("a")).as("not quite one token after 499 ms at 2/s").isFalse();
        advanceMillis(2);
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
    }

    @Test
    void refillsNoMoreThanTheBurst() {
        RateLimiter limiter = new RateLimiter(2, 10, 100, now::get);
        advanceMillis(60_000);

        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
    }

    @Test
    void eachClientHasItsOwnBucket() {
        RateLimiter limiter = new RateLimiter(1, 1, 100, now::get);

        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
        assertThat(limiter.tryAcquire("b")).isTrue();
    }

    @Test
    void refusedAttemptsDoNotEarnTokens() {
        RateLimiter limiter = new RateLimiter(1, 1, 100, now::get);
        assertThat(limiter.tryAcquire("a")).isTrue();

        for (int i = 0; i < 9; i++) {
            advanceMillis(100);
            assertThat(limiter.tryAcquire("a")).isFalse();
        }
        advanceMillis(100);
        assertThat(limiter.tryAcquire("a")).as("a full second has passed").isTrue();
    }

    @Test
    void forgetsTheLeastRecentlySeenClientBeyondItsMemory() {
        RateLimiter limiter = new RateLimiter(1, 0.001, 2, now::get);
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("b")).isTrue();
        assertThat(limiter.tryAcquire("c")).isTrue();

        assertThat(limiter.tryAcquire("c")).isFalse();
        assertThat(limiter.tryAcquire("a")).as("a was forgotten, so it starts with a full bucket").isTrue();
    }
}
