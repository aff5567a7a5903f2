package io.debtmeter.ui.shell;

import io.debtmeter.core.connect.ServerAddress;
import io.debtmeter.core.connect.ServerLogin;
import io.debtmeter.core.storage.PostgresDatabases;
import io.debtmeter.core.storage.postgres.PostgresAssessmentStore;
import io.debtmeter.testsupport.Screenshots;
import io.debtmeter.testsupport.TestPostgres;
import io.debtmeter.testsupport.TestStages;
import io.debtmeter.ui.connect.ServerOpener;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static io.debtmeter.testsupport.OnScreen.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The window started with {@code --db postgresql://…}: the password found, asked for, or the server not there (issue 24). */
@ExtendWith(ApplicationExtension.class)
class ServerStartUiTest extends WithServerWindow {

    @Start
    void start(Stage primaryStage) {
        onStage(primaryStage);
        TestStages.show(stage);
    }

    private void windowWith(Map<String, String> environment) {
        windowWith(environment, Locale.ENGLISH);
    }

    private void windowWith(Map<String, String> environment, Locale language) {
        newWindow(language, ServerOpener.postgres(language), new ServerLogin(environment, warning -> { }));
    }

    private static ServerAddress address(TestPostgres.Database database, int port) {
        return ServerAddress.parse("postgresql://" + database.user() + "@127.0.0.1:" + port + "/" + database.name()
                + "?sslmode=disable");
    }

    @Test
    void withPgpasswordTheWindowOpensStraightOnTheSharedDatabase(FxRobot robot) throws Exception {
        TestPostgres.Database database = PostgresDatabases.migrated();
        robot.interact(() -> windowWith(Map.of("PGPASSWORD", new String(database.password()))));

        robot.interact(() -> window.open(address(database, database.port())));
        await(() -> window.store() != null);

        assertThat(stage.getTitle()).isEqualTo("Debtmeter \u2014 Shared: " + database.user() + "@127.0.0.1:"
                + database.port() + "/" + database.name() + " \u00b7 TLS disable");
        assertThat(window.connectDialog()).isNull();
    }

    @Test
    void withoutAPasswordTheConnectDialogAsksForItFilledInWithTheAddress(FxRobot robot) throws Exception {
        TestPostgres.Database database = PostgresDatabases.migrated();
        robot.interact(() -> windowWith(Map.of("HOME", folder.toString())));

        robot.interact(() -> window.open(address(database, database.port())));

        assertThat(text(robot, "#startup-problem")).startsWith("No password for user " + database.user() + " at postgresql://");
        assertThat(robot.lookup("#connect-host").queryAs(TextField.class).getText()).isEqualTo("127.0.0.1");
        assertThat(robot.lookup("#connect-database").queryAs(TextField.class).getText()).isEqualTo(database.name());
        assertThat(robot.lookup("#connect-user").queryAs(TextField.class).getText()).isEqualTo(database.user());
        robot.clickOn("#connect-password").write(new String(database.password()));
        robot.clickOn("#connect-connect");
        await(() -> window.store() != null);
        assertThat(stage.getTitle()).contains("Shared: " + database.user() + "@127.0.0.1");
    }

    @Test
    void aPasswordFileOthersMayReadIsIgnoredAndTheWindowSaysWhy(FxRobot robot) throws Exception {
        TestPostgres.Database database = PostgresDatabases.migrated();
        Path pgpass = folder.resolve("pgpass");
        java.nio.file.Files.writeString(pgpass, "*:*:*:*:" + new String(database.password()) + "\n");
        java.nio.file.Files.setPosixFilePermissions(pgpass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        robot.interact(() -> windowWith(Map.of("PGPASSFILE", pgpass.toString())));

        robot.interact(() -> window.open(address(database, database.port())));

        assertThat(text(robot, "#startup-problem")).startsWith("No password for user " + database.user())
                .contains("The password file " + pgpass + " was not read: group or others may read it");
        assertThat(window.store()).isNull();
        assertThat(robot.lookup("#connect-dialog").tryQuery()).isPresent();
    }

    @Test
    void aServerThatIsNotThereIsNamedAndTheConnectDialogOffered(FxRobot robot) throws Exception {
        TestPostgres.Database database = PostgresDatabases.migrated();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        robot.interact(() -> windowWith(Map.of("PGPASSWORD", "whatever")));

        int port = closedPort;
        robot.interact(() -> window.open(address(database, port)));
        await(() -> robot.lookup("#startup-problem").tryQuery().isPresent());

        assertThat(text(robot, "#startup-problem")).contains("Debtmeter could not connect to the PostgreSQL database "
                + database.name() + " at 127.0.0.1, port " + port).doesNotContain("..");
        assertThat(robot.lookup("#startup-connect").query().isVisible()).isTrue();
        assertThat(window.store()).isNull();
        robot.interact(() -> Screenshots.save(stage.getScene(), "startup-server-unreachable"));
        robot.clickOn("#startup-connect");
        assertThat(robot.lookup("#connect-port").queryAs(TextField.class).getText()).isEqualTo(String.valueOf(port));
    }

    @Test
    void aDatabaseFromANewerDebtmeterIsNamedAndCanBeViewedReadOnly(FxRobot robot) throws Exception {
        TestPostgres.Database database = PostgresDatabases.migrated();
        try (var store = PostgresAssessmentStore.open(PostgresDatabases.location(database))) {
            store.createTeam("From the future");
        }
        PostgresDatabases.execute(database, "INSERT INTO flyway_schema_history (installed_rank, version, description,"
                + " type, script, checksum, installed_by, execution_time, success)"
                + " VALUES (99, '999', 'future', 'SQL', 'V999__future.sql', 0, 'test', 0, true)");
        String before = PostgresDatabases.dump(database);
        robot.interact(() -> windowWith(Map.of("PGPASSWORD", new String(database.password()))));

        robot.interact(() -> window.open(address(database, database.port())));
        await(() -> robot.lookup("#startup-problem").tryQuery().isPresent());
        assertThat(text(robot, "#startup-problem")).contains("newer version of Debtmeter")
                .contains("PostgreSQL database " + database.name() + " at 127.0.0.1");
        robot.clickOn("#startup-read-only");
        await(() -> window.store() != null);

        assertThat(window.store().isReadOnly()).isTrue();
        assertThat(stage.getTitle()).endsWith("TLS disable (read-only)");
        assertThat(text(robot, "#connection-status")).endsWith("(read-only)");
        assertThat(PostgresDatabases.dump(database)).isEqualTo(before);
    }

    @Test
    void inJapaneseTheDialogAndItsProblemAreJapaneseInBothThemes(FxRobot robot) throws Exception {
        TestPostgres.Database database = PostgresDatabases.migrated();
        robot.interact(() -> windowWith(Map.of("HOME", folder.toString()), Locale.JAPANESE));

        robot.interact(() -> window.open(address(database, database.port())));
        robot.clickOn("#connect-password").write("wrong");
        robot.clickOn("#connect-connect");
        await(() -> !text(robot, "#connect-problem").isEmpty());

        assertThat(text(robot, "#connect-problem")).contains("PostgreSQL データベース " + database.name());
        assertThat(text(robot, "#connect-connect")).isEqualTo("接続");
        robot.interact(() -> Screenshots.save(window.connectDialog().stage().getScene(), "connect-dialog-ja-light"));
        robot.interact(TestStages::darkTheme);
        robot.interact(() -> Screenshots.save(window.connectDialog().stage().getScene(), "connect-dialog-ja-dark"));
        robot.interact(TestStages::lightTheme);
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
