package io.debtmeter.ui.compare;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test sets, so an action's "last updated" time, and with it the closed-between rule, is known. */
final class SettableClock extends Clock {

    private Instant now = Instant.parse("2026-01-05T09:00:00Z");

    void set(String instant) {
        now = Instant.parse(instant);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
