package io.debtmeter.ui.scorecard;

import atlantafx.base.theme.Styles;
import io.debtmeter.core.analysis.scorecard.ItemDetailRow;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Item;
import io.debtmeter.model.LevelDescriptor;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.Map;
import java.util.Optional;

/** An item in detail: its question, the level chosen and what it means, note, evidence, votes and target. */
final class ItemDetail extends VBox implements ScorecardDetails.Refreshable {

    private final ItemTargetEditor editor;

    ItemDetail(ScorecardViewModel viewModel, Texts texts, String itemId, TargetStatusLabel status) {
        getStyleClass().add("detail-body");
        ItemDetailRow row = viewModel.itemRow(itemId).orElseThrow();
        Item item = row.item();
        Label kicker = DetailParts.wrapped(viewModel.categoryTitle(item.categoryId()), "detail-kicker");
        Label title = DetailParts.wrapped(item.title(), "detail-title");
        title.setId("scorecard-detail-title");
        Label question = DetailParts.wrapped(item.question(), "detail-question");
        question.setId("scorecard-detail-question");
        getChildren().addAll(kicker, title, question);

        Label answer = DetailParts.wrapped(AnswerLabel.withLevel(texts, viewModel.rubric(), item, row.answer()), Styles.TEXT_BOLD);
        answer.setId("scorecard-detail-answer");
        getChildren().addAll(DetailParts.section(texts.get("scorecard.item.answer")), answer);
        descriptor(item, row.answer()).ifPresent(text -> {
            Label descriptor = DetailParts.wrapped(text);
            descriptor.setId("scorecard-detail-descriptor");
            getChildren().add(descriptor);
        });

        String note = row.response().note();
        Label noteLabel = note.isBlank() ? DetailParts.muted(texts.get("scorecard.item.noNote")) : DetailParts.wrapped(note);
        noteLabel.setId("scorecard-detail-note");
        getChildren().addAll(DetailParts.section(texts.get("scorecard.item.note")), noteLabel);

        getChildren().add(DetailParts.section(texts.get("scorecard.item.evidence")));
        if (row.response().evidenceLinks().isEmpty()) {
            getChildren().add(DetailParts.muted(texts.get("scorecard.item.noEvidence")));
        }
        for (String link : row.response().evidenceLinks()) {
            getChildren().add(DetailParts.wrapped(link, "evidence-link"));
        }

        getChildren().add(DetailParts.section(texts.get("scorecard.item.votes")));
        if (row.voteCount() == 0) {
            getChildren().add(DetailParts.muted(texts.get("scorecard.item.noVotes")));
        } else {
            viewModel.voteSpread(item.id()).ifPresent(spread ->
                    getChildren().add(DetailParts.votes(texts, spread, "scorecard-detail-votes")));
            Label spread = DetailParts.wrapped(voteSpread(viewModel, texts, item, row.response().votes()));
            spread.setId("scorecard-detail-vote-spread");
            getChildren().add(spread);
        }

        editor = new ItemTargetEditor(viewModel, texts, item, status);
        getChildren().addAll(DetailParts.section(texts.get("scorecard.detail.targetTitle")), editor);
    }

    @Override
    public void refresh() {
        editor.refresh();
    }

    /** What the chosen level means for this practice, in the rubric's words. */
    private static Optional<String> descriptor(Item item, Optional<Answer> answer) {
        if (answer.isPresent() && answer.get() instanceof Answer.Level level) {
            return item.level(level.value()).map(LevelDescriptor::descriptor);
        }
        return Optional.empty();
    }

    /** "3 × 2 · Defined, 2 × 3 · Routine": who chose what, in the order of the scale or the options. */
    private static String voteSpread(ScorecardViewModel viewModel, Texts texts, Item item, Map<String, Integer> votes) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!item.options().isEmpty()) {
            item.options().stream().filter(o -> votes.getOrDefault(o.id(), 0) > 0).forEach(o ->
                    parts.add(texts.get("scorecard.item.voteLine", votes.get(o.id()), o.label())));
        } else {
            viewModel.rubric().scale().levels().forEach(level -> {
                int count = votes.getOrDefault(io.debtmeter.model.ItemResponse.voteKey(level.value()), 0);
                if (count > 0) {
                    parts.add(texts.get("scorecard.item.voteLine", count,
                            AnswerLabel.level(texts, viewModel.rubric(), item, level.value())));
                }
            });
        }
        return String.join(", ", parts);
    }
}
