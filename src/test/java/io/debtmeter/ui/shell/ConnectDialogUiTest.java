package io.debtmeter.ui.shell;

import atlantafx.base.theme.Styles;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.connect.ServerLogin;
import io.debtmeter.core.storage.PostgresDatabases;
import io.debtmeter.core.storage.postgres.PostgresAssessmentStore;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.TestPostgres;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.connect.ServerOpener;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;

import static io.debtmeter.testsupport.OnScreen.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * File → "Connect to a shared database…" on a real (throwaway, local) PostgreSQL server, typed in as a
 * person would, connecting off the FX thread as the app does (issue 24).
 */
@ExtendWith(ApplicationExtension.class)
class ConnectDialogUiTest extends WithServerWindow {

    private ServerLogin login;

    @Start
    void start(Stage primaryStage) {
        onStage(primaryStage);
        // No PGPASSWORD, and a password file that is not there: the password is what the dialog gets.
        login = new ServerLogin(Map.of("HOME", folder.toString(),
                "PGPASSFILE", folder.resolve("no-pgpass").toString()), warning -> { });
        newWindow(Locale.ENGLISH, ServerOpener.postgres(Locale.ENGLISH), login);
        TestStages.show(stage);
    }

    @Test
    void connectsThroughTheMenuThenATeamMadeOnTeamsIsStoredOnTheServer(FxRobot robot) throws Exception {
        TestPostgres.Database database = PostgresDatabases.migrated();
        Path file = folder.resolve("before.db");
        robot.interact(() -> window.open(file, false));
        await(() -> window.store() != null);
        AssessmentStore fileStore = window.store();

        robot.clickOn("#menu-file");
        robot.clickOn("#menu-connect");
        assertThat(robot.lookup("#connect-port").queryAs(TextField.class).getText()).isEqualTo("5432");
        assertThat(robot.lookup("#connect-connect").query().isDisabled()).as("nothing to connect to yet").isTrue();
        robot.interact(() -> Screenshots.save(window.connectDialog().stage().getScene(), "connect-dialog-new-light"));
        typeInto(robot, "connect-host", database.host());
        typeInto(robot, "connect-port", String.valueOf(database.port()));
        typeInto(robot, "connect-database", database.name());
        typeInto(robot, "connect-user", database.user());
        robot.clickOn("#connect-tls-disable");
        typeInto(robot, "connect-password", "not-the-password");
        robot.interact(() -> Screenshots.save(window.connectDialog().stage().getScene(), "connect-dialog-light"));
        robot.clickOn("#connect-connect");

        await(() -> !text(robot, "#connect-problem").isEmpty());
        assertThat(text(robot, "#connect-problem")).contains("password authentication failed")
                .contains("PostgreSQL database " + database.name() + " at 127.0.0.1, port " + database.port());
        assertThat(window.store()).as("nothing changes on a failure").isSameAs(fileStore);
        assertThat(robot.lookup("#connect-host").queryAs(TextField.class).getText()).isEqualTo(database.host());
        assertThat(robot.lookup("#connect-password").queryAs(TextField.class).getText()).isEqualTo("not-the-password");
        robot.interact(() -> Screenshots.save(window.connectDialog().stage().getScene(), "connect-dialog-failed-light"));
        robot.interact(TestStages::darkTheme);
        robot.interact(() -> Screenshots.save(window.connectDialog().stage().getScene(), "connect-dialog-failed-dark"));
        robot.interact(TestStages::lightTheme);

        String password = new String(database.password());
        typeInto(robot, "connect-password", password);
        robot.clickOn("#connect-connect");
        await(() -> window.store() != fileStore && window.store() != null);

        assertThat(window.connectDialog().stage().isShowing()).isFalse();
        String shared = "Shared: " + database.user() + "@127.0.0.1:" + database.port() + "/" + database.name()
                + " \u00b7 TLS disable";
        assertThat(stage.getTitle()).isEqualTo("Debtmeter \u2014 " + shared);
        assertThat(text(robot, "#connection-status")).isEqualTo(shared);

        robot.clickOn("#new-team");
        robot.clickOn("#new-team-name").write("Shared ranking").type(KeyCode.ENTER);
        await(() -> robot.lookup("#team-list").queryListView().getItems().stream()
                .anyMatch(team -> ((Team) team).name().equals("Shared ranking")));
        robot.interact(() -> Screenshots.save(stage.getScene(), "connected-window-light"));
        robot.clickOn("#nav-about");
        assertThat(robot.lookup("#about-database").queryAs(TextField.class).getText()).isEqualTo(shared);
        assertThat(robot.lookup("#about-database-open").tryQuery()).isEmpty();
        robot.interact(() -> Screenshots.save(stage.getScene(), "connected-about-light"));
        robot.clickOn("#nav-teams");
        robot.interact(TestStages::darkTheme);
        robot.interact(() -> Screenshots.save(stage.getScene(), "connected-window-dark"));
        robot.interact(TestStages::lightTheme);

        try (AssessmentStore second = PostgresAssessmentStore.open(PostgresDatabases.location(database))) {
            assertThat(second.teams()).extracting(Team::name).contains("Shared ranking");
        }
        String settings = Files.readString(folder.resolve(".local/share/debtmeter/settings.properties"));
        assertThat(settings).contains("connect.lastAddress=postgresql\\://" + database.user() + "@127.0.0.1\\:"
                + database.port() + "/" + database.name() + "?sslmode\\=disable");
        assertThat(settings).doesNotContain(password).doesNotContain("not-the-password");
    }

    @Test
    void theDialogIsFilledInFromTheRememberedAddressAndFileOpensAgainAfterAServer(FxRobot robot) throws Exception {
        TestPostgres.Database database = PostgresDatabases.migrated();
        robot.interact(() -> window.open(folder.resolve("first.db"), false));
        await(() -> window.store() != null);
        robot.interact(() -> window.connect(PostgresDatabases.location(database), false));
        await(() -> window.store() != null && !window.store().location().toString().endsWith(".db"));
        Path back = folder.resolve("back.db");
        robot.interact(() -> window.open(back, false));
        await(() -> window.store() != null && window.store().location().equals(back));
        assertThat(stage.getTitle()).isEqualTo("Debtmeter \u2014 back.db");
        assertThat(robot.lookup("#connection-status").tryQuery()).isEmpty();

        robot.clickOn("#menu-file");
        robot.clickOn("#menu-connect");
        assertThat(robot.lookup("#connect-host").queryAs(TextField.class).getText()).isEqualTo("127.0.0.1");
        assertThat(robot.lookup("#connect-port").queryAs(TextField.class).getText()).isEqualTo(String.valueOf(database.port()));
        assertThat(robot.lookup("#connect-database").queryAs(TextField.class).getText()).isEqualTo(database.name());
        assertThat(robot.lookup("#connect-user").queryAs(TextField.class).getText()).isEqualTo(database.user());
        assertThat(robot.lookup("#connect-tls-disable").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();

        typeInto(robot, "connect-port", "70000");
        typeInto(robot, "connect-database", "");
        assertThat(robot.lookup("#connect-connect").query().isDisabled()).isTrue();
        robot.interact(() -> Screenshots.save(window.connectDialog().stage().getScene(), "connect-dialog-invalid-light"));
        robot.interact(TestStages::darkTheme);
        robot.interact(() -> Screenshots.save(window.connectDialog().stage().getScene(), "connect-dialog-invalid-dark"));
        robot.interact(TestStages::lightTheme);
    }

    @Test
    void verifyFullAsksForTheCaFileMarksOneThatIsNotThereAndConnectsWithTheRightOne(FxRobot robot) throws Exception {
        // A server of this test's own: turning TLS on restarts it, which the shared server's other users would feel.
        try (TestPostgres.Server server = TestPostgres.ownServer()) {
            Path authority = server.enableTls();
            TestPostgres.Database database = server.newDatabase();
            robot.interact(() -> window.open(folder.resolve("before.db"), false));
            await(() -> window.store() != null);
            AssessmentStore fileStore = window.store();

            robot.clickOn("#menu-file");
            robot.clickOn("#menu-connect");
            assertThat(robot.lookup("#connect-ca-row").query().isVisible()).as("only for verify-full").isFalse();
            typeInto(robot, "connect-host", database.host());
            typeInto(robot, "connect-port", String.valueOf(database.port()));
            typeInto(robot, "connect-database", database.name());
            typeInto(robot, "connect-user", database.user());
            typeInto(robot, "connect-password", new String(database.password()));
            robot.clickOn("#connect-tls-verify-full");
            TextField caFile = robot.lookup("#connect-ca-file").queryAs(TextField.class);
            assertThat(robot.lookup("#connect-ca-row").query().isVisible()).isTrue();
            assertThat(caFile.getPromptText()).contains("~/.postgresql/root.crt");
            assertThat(robot.lookup("#connect-connect").query().isDisabled()).as("empty: the default file").isFalse();
            robot.interact(() -> Screenshots.save(window.connectDialog().stage().getScene(), "connect-dialog-ca-default-light"));

            Path missing = folder.resolve("company-ca.crt");
            typeInto(robot, "connect-ca-file", missing.toString());
            assertThat(caFile.getPseudoClassStates()).contains(Styles.STATE_DANGER);
            assertThat(robot.lookup("#connect-connect").query().isDisabled()).isTrue();
            saveLightAndDark(robot, "connect-dialog-ca-missing");

            Path companyCa = Files.copy(authority, folder.resolve("company-ca.pem"));
            typeInto(robot, "connect-ca-file", companyCa.toString());
            assertThat(caFile.getPseudoClassStates()).doesNotContain(Styles.STATE_DANGER);
            saveLightAndDark(robot, "connect-dialog-ca");
            robot.clickOn("#connect-connect");
            await(() -> window.store() != fileStore && window.store() != null);

            String shared = "Shared: " + database.user() + "@127.0.0.1:" + database.port() + "/" + database.name()
                    + " \u00b7 TLS verify-full";
            assertThat(stage.getTitle()).isEqualTo("Debtmeter \u2014 " + shared);
            String settings = Files.readString(folder.resolve(".local/share/debtmeter/settings.properties"));
            assertThat(settings).contains("sslmode\\=verify-full&sslrootcert\\=" + companyCa);
            robot.interact(() -> window.open(folder.resolve("after.db"), false));
            await(() -> window.store() != null && window.store().location().toString().endsWith("after.db"));

            Files.delete(companyCa);
            robot.clickOn("#menu-file");
            robot.clickOn("#menu-connect");
            TextField again = robot.lookup("#connect-ca-file").queryAs(TextField.class);
            assertThat(again.getText()).isEqualTo(companyCa.toString());
            assertThat(again.getPseudoClassStates()).as("a file gone since is marked at once").contains(Styles.STATE_DANGER);
            assertThat(robot.lookup("#connect-connect").query().isDisabled()).isTrue();
        }
    }

    private void saveLightAndDark(FxRobot robot, String name) {
        robot.interact(() -> Screenshots.save(window.connectDialog().stage().getScene(), name + "-light"));
        robot.interact(TestStages::darkTheme);
        robot.interact(() -> Screenshots.save(window.connectDialog().stage().getScene(), name + "-dark"));
        robot.interact(TestStages::lightTheme);
    }

    /** File → Connect…, every field typed as a person would (TLS off on loopback), then Connect. */
    private void connectThroughTheMenu(FxRobot robot, TestPostgres.Database database) {
        robot.clickOn("#menu-file");
        robot.clickOn("#menu-connect");
        typeInto(robot, "connect-host", database.host());
        typeInto(robot, "connect-port", String.valueOf(database.port()));
        typeInto(robot, "connect-database", database.name());
        typeInto(robot, "connect-user", database.user());
        robot.clickOn("#connect-tls-disable");
        typeInto(robot, "connect-password", new String(database.password()));
        robot.clickOn("#connect-connect");
    }

    /** The real PostgreSQL opener, held until {@code release}; what it opens is added to {@code arrived}. */
    private static ServerOpener heldUntil(CountDownLatch release, List<AssessmentStore> arrived) {
        return (where, readOnly) -> {
            release.await();
            AssessmentStore store = ServerOpener.postgres(Locale.ENGLISH).open(where, readOnly);
            arrived.add(store);
            return store;
        };
    }

    /** A new window on the same stage opening servers with {@code opener}, first on the file stays.db. */
    private void reopenWindowWith(ServerOpener opener) {
        window.close();
        newWindow(Locale.ENGLISH, opener, login);
        window.open(folder.resolve("stays.db"), false);
    }

    @Test
    void connectingShowsProgressKeepsTheWindowAliveAndCancelClosesWhatArrivesLate(FxRobot robot) throws Exception {
        TestPostgres.Database database = PostgresDatabases.migrated();
        CountDownLatch release = new CountDownLatch(1);
        List<AssessmentStore> arrived = new CopyOnWriteArrayList<>();
        robot.interact(() -> reopenWindowWith(heldUntil(release, arrived)));
        await(() -> window.store() != null);
        AssessmentStore fileStore = window.store();
        robot.interact(() -> window.connect(PostgresDatabases.location(database), false));
        // (that connect is held too; the window shows "Connecting…" and answers meanwhile)
        assertThat(text(robot, "#startup-opening")).contains("Connecting to PostgreSQL database " + database.name());
        release.countDown();
        await(() -> window.store() != null && window.store() != fileStore);
        CountDownLatch second = new CountDownLatch(1);
        arrived.clear();

        robot.interact(() -> reopenWindowWith(heldUntil(second, arrived)));
        await(() -> window.store() != null);
        AssessmentStore kept = window.store();
        connectThroughTheMenu(robot, database);

        assertThat(robot.lookup("#connect-busy").query().isVisible()).isTrue();
        assertThat(robot.lookup("#connect-connect").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#connect-host").query().isDisabled()).isTrue();
        robot.interact(() -> Screenshots.save(window.connectDialog().stage().getScene(), "connect-dialog-connecting-light"));
        robot.clickOn("#connect-cancel");
        second.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !arrived.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);   // the store's hand-over to the FX thread, after the worker returned it
        WaitForAsyncUtils.waitForFxEvents();
        assertThatThrownBy(() -> arrived.get(0).teams()).as("the late store was closed, not left open");

        assertThat(window.store()).as("a cancelled connection changes nothing").isSameAs(kept);
        assertThat(stage.getTitle()).isEqualTo("Debtmeter \u2014 stays.db");
    }

    @Test
    void aDatabaseFromANewerDebtmeterIsOfferedReadOnlyInTheDialog(FxRobot robot) throws Exception {
        TestPostgres.Database database = PostgresDatabases.migrated();
        PostgresDatabases.execute(database, "INSERT INTO flyway_schema_history (installed_rank, version, description,"
                + " type, script, checksum, installed_by, execution_time, success)"
                + " VALUES (99, '999', 'future', 'SQL', 'V999__future.sql', 0, 'test', 0, true)");
        String before = PostgresDatabases.dump(database);
        robot.interact(() -> window.open(folder.resolve("mine.db"), false));
        await(() -> window.store() != null);

        connectThroughTheMenu(robot, database);
        await(() -> !text(robot, "#connect-problem").isEmpty());

        assertThat(text(robot, "#connect-problem")).contains("written by a newer version of Debtmeter");
        assertThat(robot.lookup("#connect-read-only").query().isVisible()).isTrue();
        robot.interact(() -> Screenshots.save(window.connectDialog().stage().getScene(), "connect-dialog-newer-light"));
        robot.clickOn("#connect-read-only");
        await(() -> window.store() != null && window.store().isReadOnly());

        assertThat(stage.getTitle()).endsWith("(read-only)");
        assertThat(PostgresDatabases.dump(database)).isEqualTo(before);
    }

    private static void typeInto(FxRobot robot, String id, String text) {
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.interact(() -> field.setText(""));
        robot.clickOn(field).write(text);
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
