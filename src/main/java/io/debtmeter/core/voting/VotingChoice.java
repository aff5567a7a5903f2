package io.debtmeter.core.voting;

/**
 * One answer a phone may pick for the item on screen.
 *
 * @param key    the key its votes are kept under: a level's vote key ("2", "0.5"), a litmus option's
 *               vote key, or {@link #NOT_APPLICABLE} / {@link #DONT_KNOW}
 * @param number what the card shows large ("2"), empty for N/A and "don't know"
 * @param label  the level's or option's name
 * @param detail what the level means for this practice; empty when there is nothing more to say
 */
public record VotingChoice(String key, String number, String label, String detail) {

    /**
     * The key under which "does not apply to us" votes are counted. Brackets keep it apart
     * from every level key ("2") and option id (a rubric's ids are lower-case letters, digits, . _ -).
     */
    public static final String NOT_APPLICABLE = "(n/a)";
    /** The key under which "don't know" votes are counted; see {@link #NOT_APPLICABLE}. */
    public static final String DONT_KNOW = "(dont-know)";

    public VotingChoice {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a choice needs a key");
        }
        number = number == null ? "" : number;
        label = label == null ? "" : label;
        detail = detail == null ? "" : detail;
    }

    /** True for N/A and "don't know": they count as voted but have no place on the scale. */
    public boolean isAside() {
        return key.equals(NOT_APPLICABLE) || key.equals(DONT_KNOW);
    }
}
