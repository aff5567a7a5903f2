package io.debtmeter.ui.shell;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** File: connect to a shared database or open a file, import, export everything, the data folder, quit. On macOS it is the system menu bar. */
final class FileMenu {

    /** What the menu's items do; the window they act on is the main view's. */
    interface Actions {
        void importFile();

        void exportEverything();

        void openDataFolder();

        void quit();

        /** Whether this window can switch to another database (the app's window can; a bare main view cannot). */
        default boolean switchesDatabase() {
            return false;
        }

        /** The connect dialog for a database on a PostgreSQL server. */
        default void connectToServer() {
        }

        /** Another database file, also the way back from a server. */
        default void openFile() {
        }
    }

    private FileMenu() {
    }

    static MenuBar bar(Texts texts, AssessmentStore store, Actions actions) {
        MenuItem importItem = new MenuItem(texts.get("transfer.import.menu"), AppIcon.IMPORT.create());
        importItem.setId("menu-import");
        importItem.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        importItem.setDisable(store.isReadOnly());
        importItem.setOnAction(event -> actions.importFile());
        MenuItem exportAll = new MenuItem(texts.get("menu.exportAll"), AppIcon.EXPORT.create());
        exportAll.setId("menu-export-all");
        exportAll.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        exportAll.setOnAction(event -> actions.exportEverything());
        MenuItem dataFolder = new MenuItem(texts.get("menu.openDataFolder"), AppIcon.OPEN_FOLDER.create());
        dataFolder.setOnAction(event -> actions.openDataFolder());
        MenuItem connect = new MenuItem(texts.get("menu.connect"), AppIcon.SHARED_DATABASE.create());
        connect.setId("menu-connect");
        connect.setOnAction(event -> actions.connectToServer());
        MenuItem openFile = new MenuItem(texts.get("menu.openFile"), AppIcon.OPEN_FILE.create());
        openFile.setId("menu-open-file");
        openFile.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        openFile.setOnAction(event -> actions.openFile());
        boolean switches = actions.switchesDatabase();
        connect.setVisible(switches);
        openFile.setVisible(switches);
        SeparatorMenuItem afterSwitching = new SeparatorMenuItem();
        afterSwitching.setVisible(switches);
        MenuItem quit = new MenuItem(texts.get("menu.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(event -> actions.quit());
        Menu file = new Menu(texts.get("menu.file"), null, connect, openFile, afterSwitching, importItem, exportAll, new SeparatorMenuItem(), dataFolder,
                new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        MenuBar bar = new MenuBar(file);
        bar.setUseSystemMenuBar(true);
        return bar;
    }
}
