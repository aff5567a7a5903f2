package io.debtmeter.ui.shell;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.ui.common.AppIcon;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** File: import, export everything, the data folder, quit. On macOS it is the system menu bar. */
final class FileMenu {

    /** What the menu's items do; the window they act on is the main view's. */
    interface Actions {
        void importFile();

        void exportEverything();

        void openDataFolder();

        void quit();
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
        MenuItem quit = new MenuItem(texts.get("menu.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(event -> actions.quit());
        Menu file = new Menu(texts.get("menu.file"), null, importItem, exportAll, new SeparatorMenuItem(), dataFolder,
                new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        MenuBar bar = new MenuBar(file);
        bar.setUseSystemMenuBar(true);
        return bar;
    }
}
