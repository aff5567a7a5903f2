package io.debtmeter.core.voting;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The votes on one item once revealed: a count per choice key (the shape the assessment keeps votes
 * in), and the first names people chose to give, per choice. Nothing in it identifies a phone.
 */
public record Tally(String itemId, Map<String, Integer> counts, Map<String, List<String>> names) {

    public Tally {
        counts = Map.copyOf(new TreeMap<>(counts));
        names = Map.copyOf(names);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
