package io.debtmeter.ui.wizard;

import io.debtmeter.core.assessment.AnswerConflictException;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoredResponse;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.core.exchange.ExchangeDocument;
import io.debtmeter.core.exchange.ExchangeExporter;
import io.debtmeter.core.export.SafeFiles;
import io.debtmeter.model.Assessment;
import io.debtmeter.ui.task.TaskExecutor;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Working beside other facilitators on one assessment (issue 24, decision 0032): on a shared store
 * their saved answers appear in the open wizard within {@link #LOOK_EVERY}, and an item both changed
 * is never overwritten unseen: the wizard shows their answer beside this person's and asks which to keep.
 */
public final class SharedAnswers {

    /** How often an open wizard on a shared store looks for other people's saves. */
    static final Duration LOOK_EVERY = Duration.ofSeconds(2);

    /** One item both people changed: the answer given here, and the one the store holds from the other. */
    public record Conflict(String itemId, String itemTitle, ItemResponse mine, StoredResponse theirs) {
    }

    private final AssessmentStore store;
    private final TaskExecutor executor;
    private final UUID assessmentId;
    private final ItemResponses responses;
    private final SaveTracker tracker;
    private final Supplier<WizardData> data;
    private final Consumer<String> changed;
    /** Conflicts not settled yet, by item, in the order they came; the first is the one asked about. */
    private final Map<String, Conflict> open = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Conflict> conflict = new ReadOnlyObjectWrapper<>();
    private Timeline looking;
    private boolean lookInFlight;

    /**
     * @param data    what the wizard read when it opened (null until then)
     * @param changed told the id of an item whose held answer changed here, to show it again
     */
    SharedAnswers(AssessmentStore store, TaskExecutor executor, UUID assessmentId, ItemResponses responses,
                  SaveTracker tracker, Supplier<WizardData> data, Consumer<String> changed) {
        this.store = store;
        this.executor = executor;
        this.assessmentId = assessmentId;
        this.responses = responses;
        this.tracker = tracker;
        this.data = data;
        this.changed = changed;
        responses.onConflict(this::conflicted);
    }

    /** The conflict to ask about now, or null when there is none. */
    public ReadOnlyObjectProperty<Conflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** Whether other people write to this store at the same time. */
    public boolean isShared() {
        return store.isShared();
    }

    /** Keeps this person's answer: saved again, over the other person's, which was seen. */
    public void keepMine() {
        Conflict settled = settle();
        if (settled != null) {
            responses.saveOver(settled.itemId(), settled.theirs().version());
            changed.accept(settled.itemId());
        }
    }

    /** Keeps the other person's answer: shown and held as stored; this person's change is dropped. */
    public void keepTheirs() {
        Conflict settled = settle();
        if (settled != null) {
            tracker.dismiss(settled.itemId());
            responses.takeStored(settled.itemId(), settled.theirs());
            changed.accept(settled.itemId());
        }
    }

    /**
     * The wizard is on screen: looks every {@link #LOOK_EVERY} for answers others saved (a shared store),
     * and writes waiting for the server are sent again; until {@link #stopLooking()}.
     */
    public void startLooking() {
        tracker.resumeRetrying();
        if (!store.isShared() || looking != null) {
            return;
        }
        looking = new Timeline(new KeyFrame(javafx.util.Duration.millis(LOOK_EVERY.toMillis()), event -> lookOnce()));
        looking.setCycleCount(Timeline.INDEFINITE);
        looking.play();
    }

    /** The wizard left the screen: no more looking, and no more sending writes that wait for the server. */
    public void stopLooking() {
        tracker.stopRetrying();
        if (looking != null) {
            looking.stop();
            looking = null;
        }
    }

    /** Reads the stored answers once and takes those others saved since this wizard last saw them. */
    void lookOnce() {
        if (lookInFlight) {
            return;
        }
        lookInFlight = true;
        executor.execute(() -> store.storedResponses(assessmentId), this::takeOthers, failure -> lookInFlight = false);
    }

    private void takeOthers(Map<String, StoredResponse> stored) {
        lookInFlight = false;
        if (tracker.isWriting()) {
            return; // a save of ours is on its way and may conflict: the next look sees how it ended
        }
        stored.forEach((itemId, theirs) -> {
            boolean ours = tracker.failedKeys().contains(itemId) || responses.hasPendingNote(itemId)
                    || open.containsKey(itemId);
            if (!ours && theirs.version() > responses.versionOf(itemId)) {
                responses.takeStored(itemId, theirs);
                changed.accept(itemId);
            }
        });
    }

    /**
     * Writes the assessment as this wizard holds it (every answer, saved or not) to an exchange file,
     * for answers the store could not take (the server is away) to leave with the person; {@code
     * import} merges it later, taking it as the newer copy. Runs where it is called, without the
     * store: the worker may be waiting for the server. One assessment: a few kilobytes.
     */
    public Path exportHeld(Path file, Clock clock) throws IOException {
        WizardData loaded = data.get();
        if (loaded == null) {
            throw new IllegalStateException("the assessment is not loaded");
        }
        Assessment held = loaded.assessment();
        Assessment asOfNow = new Assessment(held.id(), held.teamId(), held.rubricId(), held.rubricVersion(), held.date(),
                held.period(), held.participants(), held.status(), held.createdAt(), clock.instant());
        ExchangeExporter exporter = new ExchangeExporter(clock);
        ExchangeDocument document = exporter.heldAssessmentDocument(loaded.team(), asOfNow, loaded.snapshot(),
                responses.all(), loaded.targets(), List.of());
        // The person chose the file in a save dialog, which asked before replacing one.
        return SafeFiles.write(file, true, out -> exporter.write(document, out));
    }

    private void conflicted(AnswerConflictException refused) {
        StoredResponse theirs = refused.theirs();
        String itemId = theirs.response().itemId();
        String title = data.get().rubric().item(itemId).map(Item::title).orElse(itemId);
        open.put(itemId, new Conflict(itemId, title, responses.held(itemId), theirs));
        publish();
    }

    private Conflict settle() {
        Conflict asked = conflict.get();
        if (asked != null) {
            open.remove(asked.itemId());
            publish();
        }
        return asked;
    }

    private void publish() {
        conflict.set(open.isEmpty() ? null : open.values().iterator().next());
    }
}
