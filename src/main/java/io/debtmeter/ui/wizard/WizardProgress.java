package io.debtmeter.ui.wizard;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Coverage;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where the whole walk-through stands: each item's state for the sidebar, coverage counted as the
 * scorecard counts it, and how many items are settled or still carried over unconfirmed.
 */
public final class WizardProgress {

    private final ScoreCalculator calculator;
    private final ObservableList<SidebarEntry> sidebar = FXCollections.observableArrayList();
    /** Made once: an unmodifiable view listens weakly to its source, so a new one per call could be collected with its listeners. */
    private final ObservableList<SidebarEntry> sidebarView = FXCollections.unmodifiableObservableList(sidebar);
    private final ReadOnlyObjectWrapper<Coverage> coverage = new ReadOnlyObjectWrapper<>(new Coverage(0, 0, 0));
    private final ReadOnlyIntegerWrapper settledCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper unconfirmedCount = new ReadOnlyIntegerWrapper(0);

    WizardProgress(ScoreCalculator calculator) {
        this.calculator = calculator;
    }

    /** Recomputes everything: cheap enough on every change for rubrics of tens of items. */
    void update(Rubric rubric, Function<Item, ItemResponse> responses, Set<String> unsavedItemIds) {
        List<SidebarEntry> entries = new ArrayList<>();
        List<Item> items = rubric.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            ItemResponse response = responses.apply(item);
            VoteSpread votes = VoteSpread.of(AnswerChoice.of(item, rubric.scale()), response.votes());
            entries.add(new SidebarEntry(item, i, ItemState.of(response, votes), response.answer(),
                    unsavedItemIds.contains(item.id()), votes.discuss()));
        }
        sidebar.setAll(entries);
        Map<String, Answer> answers = items.stream().map(responses).filter(r -> r.answer().isPresent())
                .collect(Collectors.toMap(ItemResponse::itemId, r -> r.answer().get()));
        coverage.set(calculator.score(rubric, answers).coverage());
        settledCount.set((int) entries.stream().filter(e -> e.state().isSettled()).count());
        unconfirmedCount.set((int) entries.stream().filter(e -> e.state() == ItemState.CARRIED_OVER).count());
    }

    /** The first item not yet settled, or the first item when all are. */
    static int firstUnsettledIndex(Rubric rubric, Function<Item, ItemResponse> responses) {
        List<Item> items = rubric.items();
        for (int i = 0; i < items.size(); i++) {
            if (!stateOf(rubric, items.get(i), responses.apply(items.get(i))).isSettled()) {
                return i;
            }
        }
        return 0;
    }

    static ItemState stateOf(Rubric rubric, Item item, ItemResponse response) {
        return ItemState.of(response, VoteSpread.of(AnswerChoice.of(item, rubric.scale()), response.votes()));
    }

    public ObservableList<SidebarEntry> sidebar() {
        return sidebarView;
    }

    /** Answered / not applicable / unanswered, counted as the scorecard counts them. */
    public ReadOnlyObjectProperty<Coverage> coverageProperty() {
        return coverage.getReadOnlyProperty();
    }

    /** Answered or N/A, and confirmed: what the progress bar fills with. */
    public ReadOnlyIntegerProperty settledCountProperty() {
        return settledCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty unconfirmedCountProperty() {
        return unconfirmedCount.getReadOnlyProperty();
    }
}
