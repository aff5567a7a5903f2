package io.debtmeter.ui.task;

import io.debtmeter.testsupport.TestStages;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The real executor's frames, counted by a pulse counter running beside them on the FX toolkit. */
@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("frames"), 200, 100));
        TestStages.show(stage);
    }

    @Test
    void inFramesRunsTheFirstStepAtOnceAndEveryLaterStepInAPulseOfItsOwn() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        CompletableFuture<List<Long>> pulsesSeen = new CompletableFuture<>();
        CompletableFuture<Integer> stepsRunByTheCall = new CompletableFuture<>();
        Platform.runLater(() -> {
            long[] pulses = {0};
            // Started first, so in each pulse it counts before the executor's own timer runs a step.
            AnimationTimer counter = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulses[0]++;
                }
            };
            counter.start();
            List<Long> ranAt = new ArrayList<>();
            executor.inFrames(List.of(
                    () -> ranAt.add(pulses[0]),
                    () -> ranAt.add(pulses[0]),
                    () -> {
                        ranAt.add(pulses[0]);
                        counter.stop();
                        pulsesSeen.complete(ranAt);
                    }));
            stepsRunByTheCall.complete(ranAt.size());
        });

        assertThat(stepsRunByTheCall.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        List<Long> ranAt = pulsesSeen.get(10, TimeUnit.SECONDS);
        // The pulse after the call lays out step 1; step 2 comes in a later one, step 3 later still.
        assertThat(ranAt.get(1)).isGreaterThanOrEqualTo(ranAt.get(0) + 2);
        assertThat(ranAt.get(2)).isGreaterThan(ranAt.get(1));
        executor.shutdown();
    }
}
