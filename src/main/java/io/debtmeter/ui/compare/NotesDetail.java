package io.debtmeter.ui.compare;

import atlantafx.base.theme.Styles;
import io.debtmeter.core.analysis.compare.Comparison;
import io.debtmeter.core.analysis.compare.ItemDelta;
import io.debtmeter.core.analysis.compare.ItemSide;
import io.debtmeter.core.analysis.compare.ScoredSide;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The selected item's two answers and notes in full, side by side: the notes explain the move. */
final class NotesDetail extends VBox {

    private final CompareText format;
    private final Label item = new Label();
    private final Label beforeHead = new Label();
    private final Label afterHead = new Label();
    private final Label beforeNote = new Label();
    private final Label afterNote = new Label();

    NotesDetail(CompareText format) {
        this.format = format;
        setId("compare-notes");
        getStyleClass().add("compare-notes");
        item.setId("compare-note-item");
        item.getStyleClass().add(Styles.TEXT_BOLD);
        item.setWrapText(true);
        beforeNote.setId("compare-note-before");
        afterNote.setId("compare-note-after");
        HBox sides = new HBox(16, column(beforeHead, beforeNote), column(afterHead, afterNote));
        getChildren().addAll(item, sides);
        show(null, null);
    }

    private static VBox column(Label head, Label note) {
        head.getStyleClass().add(CompareCss.SIDE_CAPTION);
        head.setWrapText(true);
        note.setWrapText(true);
        note.getStyleClass().add(CompareCss.NOTE);
        note.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(4, head, note);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(400);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** Shows the row's notes, or a hint to select one. */
    void show(Comparison comparison, ItemDelta selected) {
        Texts texts = format.texts();
        boolean any = comparison != null && selected != null;
        for (javafx.scene.Node column : new javafx.scene.Node[] {beforeHead.getParent(), afterHead.getParent()}) {
            column.setVisible(any);
            column.setManaged(any);
        }
        if (!any) {
            item.setText(texts.get("compare.notes.pick"));
            if (!item.getStyleClass().contains(Styles.TEXT_MUTED)) {
                item.getStyleClass().add(Styles.TEXT_MUTED);
            }
            return;
        }
        item.getStyleClass().removeAll(Styles.TEXT_MUTED);
        item.setText(texts.get("compare.notes.title", selected.title(), format.itemDelta(selected),
                format.change(selected.change())));
        fill(beforeHead, beforeNote, comparison.before(), selected.before(), "BEFORE");
        fill(afterHead, afterNote, comparison.after(), selected.after(), "AFTER");
    }

    private void fill(Label head, Label note, ScoredSide side, ItemSide answer, String which) {
        Texts texts = format.texts();
        head.setText(texts.get("compare.notes.head", texts.get("compare.side." + which), side.assessment().period(),
                format.answer(answer)));
        note.setText(answer.hasNote() ? answer.note() : texts.get("compare.notes.empty"));
        note.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("empty"), !answer.hasNote());
    }
}
