package io.debtmeter.ui.wizard;

import io.debtmeter.model.ItemResponse;
import io.debtmeter.testsupport.Legibility;
import io.debtmeter.testsupport.TestEventStream;
import io.debtmeter.testsupport.TestPhone;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.task.FxTaskExecutor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facilitator opens phone voting from the wizard on "this computer only", the projector card shows
 * the QR code, the address and the phones that joined; the votes tab counts votes without showing them
 * until R reveals them into the vote rows, saved to the SQLite file. Work runs on the app's real
 * background executor, so opening voting never waits on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class PhoneVotingUiTest extends WithWizardOnStage {

    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor();
        showWizard(stage, executor, Locale.ENGLISH);
    }

    @AfterEach
    void closeAll(FxRobot robot) {
        robot.interact(() -> scene.setRoot(new Label()));  // leaving the wizard closes voting
        executor.shutdown();
    }

    @Test
    void openCountRevealAndSave(FxRobot robot) throws Exception {
        String address = openVotingOnThisComputer(robot);
        assertThat(address).matches("http://127\\.0\\.0\\.1:\\d+/v/[A-Za-z0-9_-]{22}");
        Node qr = robot.lookup("#voting-qr").query();
        assertThat(qr.isVisible()).isTrue();
        assertThat(qr.getLayoutBounds().getWidth()).as("QR code readable from the back of the room").isGreaterThanOrEqualTo(300);
        assertThat(text(robot, "#voting-connected")).isEqualTo("No phones connected yet");

        // A phone opens the page: it follows the room through the event stream.
        TestEventStream stream = TestEventStream.open(URI.create(address));
        waitUntil(() -> text(robot, "#voting-connected").equals("1 phone connected"));
        robot.interact(() -> Screenshots.save(scene, "voting-invite-light"));
        assertThat(Legibility.truncated(scene)).isEmpty();

        robot.clickOn("#voting-invite-done");
        waitUntil(() -> robot.lookup("#voting-strip").tryQuery().isPresent());
        assertThat(text(robot, "#voting-progress")).isEqualTo("0 of 1 voted");

        String itemId = rubric.items().get(0).id();
        assertThat(new TestPhone(URI.create(address)).vote(itemId, "1").statusCode()).isEqualTo(204);
        assertThat(new TestPhone(URI.create(address)).vote(itemId, "3").statusCode()).isEqualTo(204);
        waitUntil(() -> text(robot, "#voting-progress").equals("2 of 2 voted"));
        assertThat(text(robot, "#vote-count-1")).as("no values before the reveal").isEqualTo("0");
        assertThat(text(robot, "#vote-count-3")).isEqualTo("0");
        robot.interact(() -> Screenshots.save(scene, "voting-strip-light"));

        robot.type(KeyCode.R);
        waitUntil(() -> text(robot, "#vote-count-3").equals("1"));
        assertThat(text(robot, "#vote-count-1")).isEqualTo("1");
        assertThat(text(robot, "#voting-progress")).isEqualTo("Revealed: 2 votes");
        assertThat(robot.lookup("#wizard-discuss").query().isVisible()).as("votes two levels apart").isTrue();
        waitUntil(() -> storedVotes(itemId).equals(Map.of("1", 1, "3", 1)));
        waitUntil(() -> text(robot, "#wizard-save-state").equals("Saved"));
        robot.interact(() -> Screenshots.save(scene, "voting-revealed-light"));

        int port = URI.create(address).getPort();
        robot.clickOn("#voting-stop");
        waitUntil(() -> robot.lookup("#voting-strip").tryQuery().isEmpty());
        waitUntil(() -> refused(port));
        stream.close();
    }

    @Test
    void projectorCardInDarkPresenterModeHasNothingCut(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#wizard-vote-rows").tryQuery().isPresent());
        robot.interact(TestStages::darkTheme);
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.V).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#voting-setup").tryQuery().isPresent() && !comboItems(robot).isEmpty());
        robot.interact(() -> Screenshots.save(scene, "voting-setup-dark-presenter"));
        assertThat(Legibility.truncated(scene)).isEmpty();
        chooseThisComputerOnly(robot);
        robot.clickOn("#voting-require-pin");
        robot.clickOn("#voting-open");
        waitUntil(() -> robot.lookup("#voting-invite").tryQuery().isPresent());
        assertThat(text(robot, "#voting-pin")).matches("PIN \\d{4}");
        robot.interact(() -> Screenshots.save(scene, "voting-invite-dark-presenter"));
        assertThat(Legibility.truncated(scene)).isEmpty();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#voting-strip").tryQuery().isPresent());
        robot.interact(() -> Screenshots.save(scene, "voting-strip-dark-presenter"));
        assertThat(Legibility.truncated(scene)).isEmpty();
    }

    @Test
    void closingTheWindowClosesThePort(FxRobot robot) throws Exception {
        int port = URI.create(openVotingOnThisComputer(robot)).getPort();
        assertThat(refused(port)).isFalse();

        robot.interact(() -> scene.getWindow().hide());  // what quitting the app does to its window

        waitUntil(() -> refused(port));
    }

    /** Clicks Phone voting, picks "this computer only", opens; returns the address the projector shows. */
    private String openVotingOnThisComputer(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#wizard-vote-rows").tryQuery().isPresent());
        robot.clickOn("#wizard-voting");
        waitUntil(() -> robot.lookup("#voting-setup").tryQuery().isPresent() && !comboItems(robot).isEmpty());
        chooseThisComputerOnly(robot);
        robot.clickOn("#voting-open");
        waitUntil(() -> robot.lookup("#voting-invite").tryQuery().isPresent());
        return text(robot, "#voting-address");
    }

    private static java.util.List<String> comboItems(FxRobot robot) {
        return robot.lookup("#voting-network").<javafx.scene.control.ComboBox<Object>>query().getItems().stream()
                .map(Object::toString).toList();
    }

    /** Tests listen on loopback only: the person picks "This computer only" in the network list. */
    private void chooseThisComputerOnly(FxRobot robot) {
        robot.clickOn("#voting-network");
        robot.clickOn(robot.lookup(".list-cell").lookup((Labeled cell) ->
                cell.getText() != null && cell.getText().startsWith("This computer only")).<Node>query());
        assertThat(robot.lookup("#voting-network").<javafx.scene.control.ComboBox<io.debtmeter.core.voting.NetworkChoice>>query()
                .getValue().loopback()).isTrue();
    }

    private Map<String, Integer> storedVotes(String itemId) {
        ItemResponse response = data.store.responses(q4.id()).get(itemId);
        return response == null ? Map.of() : response.votes();
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).<Labeled>query().getText();
    }

    private static boolean refused(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
