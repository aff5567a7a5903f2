package io.debtmeter.core.sample;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Names like "Search ranking 17" or "Fraud detection 3": the domains in an order drawn from the
 * seed, numbered per domain, skipping names already taken (ignoring case, as the store does).
 */
final class TeamNames {

    private final List<String> domains;
    private final Set<String> taken = new HashSet<>();
    private final Map<String, Integer> lastNumber = new HashMap<>();
    private int made;

    TeamNames(long seed, Collection<String> takenNames) {
        List<String> shuffled = new ArrayList<>(SampleTexts.DOMAINS);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            java.util.Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        this.domains = List.copyOf(shuffled);
        takenNames.forEach(name -> taken.add(key(name)));
    }

    String next() {
        String domain = domains.get(made++ % domains.size());
        String name;
        do {
            name = domain + " " + lastNumber.merge(domain, 1, Integer::sum);
        } while (!taken.add(key(name)));
        return name;
    }

    private static String key(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
