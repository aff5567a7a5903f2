package io.debtmeter.ui.shell;

import io.debtmeter.core.export.ExportSubject;
import io.debtmeter.ui.transfer.ImportFlow;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import java.nio.file.Files;
import java.nio.file.Path;

/** What the main view's File menu does: import, export everything, the data folder, another database, quit. */
final class MainFileActions implements FileMenu.Actions {

    private final MainView main;
    private final AppServices services;
    private final ImportFlow imports;
    /** The app's window switches databases; null in a bare main view (tests). */
    private final MainView.DatabaseSwitch switcher;

    MainFileActions(MainView main, AppServices services, ImportFlow imports, MainView.DatabaseSwitch switcher) {
        this.main = main;
        this.services = services;
        this.imports = imports;
        this.switcher = switcher;
    }

    @Override
    public void importFile() {
        imports.start(main.getScene().getWindow(), main::showTeams);
    }

    @Override
    public void exportEverything() {
        main.export(ExportSubject.everything(), "debtmeter-all-teams");
    }

    @Override
    public void openDataFolder() {
        // A server database's location is a description, not a file: then the user's data folder.
        Path location = services.store().location();
        services.openFolder().accept(Files.isRegularFile(location)
                ? location.toAbsolutePath().getParent() : services.directories().dataFolder());
    }

    @Override
    public boolean switchesDatabase() {
        return switcher != null;
    }

    @Override
    public void connectToServer() {
        switcher.connectToServer().run();
    }

    @Override
    public void openFile() {
        switcher.openFile().run();
    }

    /** As the window's close button: a screen with unsaved changes is asked first (see AppWindow). */
    @Override
    public void quit() {
        Window window = main.getScene().getWindow();
        window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
    }
}
