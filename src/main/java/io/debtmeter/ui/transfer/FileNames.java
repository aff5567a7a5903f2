package io.debtmeter.ui.transfer;

import java.text.Normalizer;
import java.util.Locale;

/** Suggested file names that every file system accepts: "Search ranking (sample)" → "search-ranking-sample". */
final class FileNames {

    private FileNames() {
    }

    static String safe(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String safe = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        return safe.isEmpty() ? "debtmeter-export" : safe;
    }
}
