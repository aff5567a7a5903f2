package io.debtmeter.ui.wizard;

import io.debtmeter.core.voting.VotingChoice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a team's quick vote came out: the count per choice, the median to suggest, and whether the
 * votes lie so far apart that the team should talk before the facilitator settles the level.
 *
 * @param span    highest minus lowest scale position that got a vote (0 with fewer than two votes)
 * @param median  the lower median by scale position: with an even count and two different middle
 *                votes, the lower (more cautious) one is suggested; empty without votes
 * @param discuss true when {@code span >= DISCUSS_SPAN}
 * @param asides   phone votes for "not applicable" and "don't know": counted apart, they have no place on
 *                 the scale, so they take no part in the median or the spread
 */
public record VoteSpread(List<Bar> bars, int total, Optional<AnswerChoice> median, int span, boolean discuss,
                         Asides asides) {

    /** How many voted "not applicable" and "don't know" from their phones. */
    public record Asides(int notApplicable, int dontKnow) {
        public int total() {
            return notApplicable + dontKnow;
        }
    }

    /** Votes two or more levels apart mean people see the practice differently: worth a conversation. */
    public static final int DISCUSS_SPAN = 2;

    public VoteSpread {
        bars = List.copyOf(bars);
    }

    /** One choice and its votes. */
    public record Bar(AnswerChoice choice, int count) {
    }

    /** Votes under keys that are neither among the choices nor asides are ignored. */
    public static VoteSpread of(List<AnswerChoice> choices, Map<String, Integer> votes) {
        List<Bar> bars = new ArrayList<>();
        List<AnswerChoice> ballots = new ArrayList<>();
        for (AnswerChoice choice : choices) {
            int count = Math.max(0, votes.getOrDefault(choice.voteKey(), 0));
            bars.add(new Bar(choice, count));
            for (int i = 0; i < count; i++) {
                ballots.add(choice);
            }
        }
        Asides asides = new Asides(Math.max(0, votes.getOrDefault(VotingChoice.NOT_APPLICABLE, 0)),
                Math.max(0, votes.getOrDefault(VotingChoice.DONT_KNOW, 0)));
        if (ballots.isEmpty()) {
            return new VoteSpread(bars, 0, Optional.empty(), 0, false, asides);
        }
        ballots.sort(Comparator.comparingInt(AnswerChoice::position));
        int span = ballots.get(ballots.size() - 1).position() - ballots.get(0).position();
        AnswerChoice median = ballots.get((ballots.size() - 1) / 2);
        return new VoteSpread(bars, ballots.size(), Optional.of(median), span, span >= DISCUSS_SPAN, asides);
    }

    public int maxCount() {
        return bars.stream().mapToInt(Bar::count).max().orElse(0);
    }
}
