package io.debtmeter.ui.wizard;

import io.debtmeter.model.Answer;
import io.debtmeter.model.ItemResponse;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** The vote panel's state for the item on screen: the votes per choice, their spread and median. */
public final class VoteState {

    private final Consumer<UnaryOperator<ItemResponse>> update;
    private final Consumer<Answer> choose;
    private final ReadOnlyObjectWrapper<VoteSpread> spread = new ReadOnlyObjectWrapper<>();

    /** update changes the current response (when editable); choose settles it at an answer. */
    VoteState(Consumer<UnaryOperator<ItemResponse>> update, Consumer<Answer> choose) {
        this.update = update;
        this.choose = choose;
    }

    /** Changes one choice's vote count by delta (never below zero). */
    public void addVotes(String voteKey, int delta) {
        update.accept(r -> {
            Map<String, Integer> votes = new TreeMap<>(r.votes());
            int count = Math.max(0, votes.getOrDefault(voteKey, 0) + delta);
            if (count == 0) {
                votes.remove(voteKey);
            } else {
                votes.put(voteKey, count);
            }
            return r.withVotes(votes);
        });
    }

    /** Sets the item's votes to a revealed phone tally, replacing what was there (one round, one tally). */
    public void replaceVotes(Map<String, Integer> tally) {
        update.accept(r -> r.withVotes(tally));
    }

    public void clearVotes() {
        update.accept(r -> r.withVotes(Map.of()));
    }

    /** Settles the item at the votes' median. */
    public void useMedian() {
        VoteSpread shown = spread.get();
        if (shown != null) {
            shown.median().ifPresent(choice -> choose.accept(choice.answer()));
        }
    }

    public ReadOnlyObjectProperty<VoteSpread> voteSpreadProperty() {
        return spread.getReadOnlyProperty();
    }

    void show(List<AnswerChoice> choices, ItemResponse response) {
        spread.set(VoteSpread.of(choices, response.votes()));
    }
}
