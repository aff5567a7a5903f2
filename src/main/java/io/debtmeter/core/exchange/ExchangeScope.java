package io.debtmeter.core.exchange;

import java.util.Locale;

/** What an exchange file holds: one assessment (with its team), one team with its history, or everything. */
public enum ExchangeScope {
    ASSESSMENT,
    TEAM,
    DATABASE;

    /** As written in the file: "assessment", "team", "database". */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ExchangeScope fromJson(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
