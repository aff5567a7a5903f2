package io.debtmeter.ui.connect;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.connect.ServerAddress;
import io.debtmeter.core.platform.Settings;
import io.debtmeter.core.storage.PostgresDatabases;
import io.debtmeter.core.storage.postgres.PostgresLocation;
import io.debtmeter.testsupport.TestPostgres;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.DirectTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The connect dialog's state, without a window, on a real (throwaway, local) server. */
class ConnectViewModelTest {

    @TempDir
    Path folder;

    private final List<AssessmentStore> connected = new ArrayList<>();

    private ConnectViewModel model(Settings settings, Optional<char[]> stored) {
        return new ConnectViewModel(new DirectTaskExecutor(), ServerOpener.postgres(Locale.ENGLISH), settings,
                new Texts(Locale.ENGLISH), (store, where) -> connected.add(store), address -> stored);
    }

    @Test
    void anEmptyPasswordFieldUsesTheStoredPasswordAndOnlyTheAddressIsRemembered() throws Exception {
        TestPostgres.Database database = PostgresDatabases.migrated();
        Settings settings = Settings.in(folder);
        ConnectViewModel model = model(settings, Optional.of(database.password()));
        model.fill(new ServerAddress(database.host(), database.port(), database.name(), database.user(), "disable"), null);
        assertThat(model.completeBinding().get()).isTrue();

        model.connect(false);

        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(connected).hasSize(1);
        connected.forEach(AssessmentStore::close);
        String written = Files.readString(folder.resolve("settings.properties"));
        assertThat(written).contains(ConnectViewModel.LAST_ADDRESS).doesNotContain(new String(database.password()));

        ConnectViewModel next = model(Settings.in(folder), Optional.empty());
        next.fillFromSettings();
        assertThat(next.hostProperty().get()).isEqualTo(database.host());
        assertThat(next.portProperty().get()).isEqualTo(String.valueOf(database.port()));
        assertThat(next.databaseProperty().get()).isEqualTo(database.name());
        assertThat(next.sslModeProperty().get()).isEqualTo("disable");
        assertThat(next.passwordProperty().get()).isEmpty();
    }

    @Test
    void aFailureIsSaidAndEveryFieldKept() {
        TestPostgres.Database database = PostgresDatabases.migrated();
        ConnectViewModel model = model(Settings.in(folder), Optional.empty());
        model.fill(new PostgresLocation(database.host(), database.port(), database.name(), database.user(),
                "wrong".toCharArray(), "disable"));

        model.connect(false);

        assertThat(model.problemProperty().get()).contains("password authentication failed");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.passwordProperty().get()).isEqualTo("wrong");
        assertThat(model.databaseProperty().get()).isEqualTo(database.name());
        assertThat(connected).isEmpty();
        assertThat(folder.resolve("settings.properties")).doesNotExist();
    }

    @Test
    void fieldsThatCannotBeUsedKeepConnectOff() {
        ConnectViewModel model = model(Settings.in(folder), Optional.empty());
        model.hostProperty().set("db.example.org");
        model.databaseProperty().set("debt");
        model.userProperty().set("alice");
        assertThat(model.completeBinding().get()).isTrue();
        model.portProperty().set("54x2");
        assertThat(model.completeBinding().get()).isFalse();
        model.portProperty().set("70000");
        assertThat(model.completeBinding().get()).isFalse();
    }

    @Test
    void aCaFileCountsOnlyInAModeThatChecksTheServerAndMustBeThere() throws Exception {
        ConnectViewModel model = model(Settings.in(folder), Optional.empty());
        model.fill(ServerAddress.parse("postgresql://alice@db.example.org/debt?sslmode=verify-full"), null);
        assertThat(model.caFileProperty().get()).as("empty: the driver's default file").isEmpty();
        assertThat(model.completeBinding().get()).isTrue();

        Path missing = folder.resolve("company-ca.crt");
        model.caFileProperty().set(missing.toString());
        assertThat(model.caFileValid()).isFalse();
        assertThat(model.completeBinding().get()).isFalse();
        model.sslModeProperty().set("require");
        assertThat(model.completeBinding().get()).as("require does not use it").isTrue();
        assertThat(model.location().sslRootCert()).isNull();

        Files.writeString(missing, "-----BEGIN CERTIFICATE-----\n");
        model.sslModeProperty().set("verify-full");
        assertThat(model.completeBinding().get()).isTrue();
        assertThat(model.location().sslRootCert()).isEqualTo(missing.toString());
    }

    @Test
    void aRememberedCaFileFillsTheField() throws Exception {
        Settings settings = Settings.in(folder);
        settings.put(ConnectViewModel.LAST_ADDRESS,
                new ServerAddress("db", 5432, "debt", "alice", "verify-full", "/etc/ssl/company ca.crt").toUri());
        ConnectViewModel model = model(settings, Optional.empty());
        model.fillFromSettings();
        assertThat(model.sslModeProperty().get()).isEqualTo("verify-full");
        assertThat(model.caFileProperty().get()).isEqualTo("/etc/ssl/company ca.crt");
    }
}
