package io.debtmeter.ui.transfer;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.exchange.ExchangeImporter;
import io.debtmeter.core.exchange.ExchangeReader;
import io.debtmeter.core.exchange.ImportPlan;
import io.debtmeter.core.exchange.PlanEntry;
import io.debtmeter.ui.common.Notifications;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.stage.Window;

import java.util.List;

/** File → Import…: the preview dialog, then a notice of what changed and a fresh view of the data. */
public final class ImportFlow {

    private final AssessmentStore store;
    private final TaskExecutor executor;
    private final Texts texts;
    private final Notifications notifications;
    private final TransferFolder folder;

    /** @param folder where the file chooser starts: where the last export went, else the documents folder */
    public ImportFlow(AssessmentStore store, TaskExecutor executor, Texts texts, Notifications notifications,
                      TransferFolder folder) {
        this.store = store;
        this.executor = executor;
        this.texts = texts;
        this.notifications = notifications;
        this.folder = folder;
    }

    /** @param afterImport shows the data again, now with what was imported */
    public void start(Window owner, Runnable afterImport) {
        ImportDialog dialog = new ImportDialog(texts, executor, reader(), importer(), folder.start());
        dialog.initOwner(owner);
        dialog.showAndWait().ifPresent(done -> {
            notifications.done(texts.get("transfer.import.done", added(done), updated(done), done.count(PlanEntry.Outcome.CONFLICT)),
                    List.of());
            afterImport.run();
        });
    }

    /** Reads the chosen file, telling what is wrong with it in the window's language. */
    ExchangeReader reader() {
        return new ExchangeReader(texts.locale());
    }

    /** Plans and imports, giving the plan's reasons in the window's language. */
    ExchangeImporter importer() {
        return new ExchangeImporter(store, texts.locale());
    }

    private static long added(ImportPlan plan) {
        return plan.count(PlanEntry.Outcome.ADD);
    }

    private static long updated(ImportPlan plan) {
        return plan.count(PlanEntry.Outcome.UPDATE);
    }
}
