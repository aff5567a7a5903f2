package io.debtmeter.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything recorded about one item in one assessment.
 *
 * @param answer      empty while the item is still open (unanswered)
 * @param votes       how many people chose each answer: key = {@link #voteKey(double)} of a level
 *                    for a practice, or an option id for a litmus question
 * @param carriedOver copied from the previous assessment and not yet confirmed by the team
 */
public record ItemResponse(
        String itemId,
        Optional<Answer> answer,
        String note,
        List<String> evidenceLinks,
        Map<String, Integer> votes,
        boolean carriedOver) {

    public ItemResponse {
        note = note == null ? "" : note;
        evidenceLinks = List.copyOf(evidenceLinks);
        votes = java.util.Collections.unmodifiableMap(new TreeMap<>(votes));
    }

    public static ItemResponse open(String itemId) {
        return new ItemResponse(itemId, Optional.empty(), "", List.of(), Map.of(), false);
    }

    /** The key under which votes for a level are kept: "2" for 2.0, "0.5" for 0.5. */
    public static String voteKey(double level) {
        return level == Math.rint(level) ? String.valueOf((long) level) : String.valueOf(level);
    }

    public ItemResponse withAnswer(Answer newAnswer) {
        return new ItemResponse(itemId, Optional.ofNullable(newAnswer), note, evidenceLinks, votes, false);
    }

    public ItemResponse withNote(String newNote) {
        return new ItemResponse(itemId, answer, newNote, evidenceLinks, votes, carriedOver);
    }

    public ItemResponse withEvidenceLinks(List<String> links) {
        return new ItemResponse(itemId, answer, note, links, votes, carriedOver);
    }

    public ItemResponse withVotes(Map<String, Integer> newVotes) {
        return new ItemResponse(itemId, answer, note, evidenceLinks, newVotes, carriedOver);
    }

    /** The team confirmed a carried-over answer. */
    public ItemResponse confirmed() {
        return new ItemResponse(itemId, answer, note, evidenceLinks, votes, false);
    }

    public int voteCount() {
        return votes.values().stream().mapToInt(Integer::intValue).sum();
    }
}
