package io.debtmeter.ui.common;

import io.debtmeter.core.export.ExportSubject;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Export…" in a screen's header. The screen says what it would export (nothing until its data is
 * there); the window decides how, through the handler it sets. Hidden while no handler is set, so a
 * screen shown on its own (in a test, say) has no button that does nothing.
 */
public final class ExportButton extends Button {

    /** Opens the Export dialog for a subject, with a suggested file name (no ending). */
    @FunctionalInterface
    public interface Handler {
        void export(ExportSubject subject, String suggestedName);
    }

    /** What to export now, and a file name for it; empty while the screen has nothing to export. */
    public record Request(ExportSubject subject, String suggestedName) {
    }

    private Handler handler;

    public ExportButton(Texts texts, String id, Supplier<Optional<Request>> request) {
        super(texts.get("transfer.export.button"), AppIcon.EXPORT.create());
        setId(id);
        setMinWidth(Region.USE_PREF_SIZE);
        setVisible(false);
        setManaged(false);
        setOnAction(event -> request.get().ifPresent(r -> handler.export(r.subject(), r.suggestedName())));
    }

    public void setHandler(Handler handler) {
        this.handler = handler;
        setVisible(handler != null);
        setManaged(handler != null);
    }
}
