package io.debtmeter.ui.teams;

import io.debtmeter.model.Team;
import io.debtmeter.ui.common.Texts;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Deleting a team removes every assessment it ever made, so the user types its name to confirm. */
final class DeleteTeamDialog extends Dialog<Boolean> {

    DeleteTeamDialog(Texts texts, Team team) {
        setTitle(texts.get("deleteTeam.title"));
        setHeaderText(texts.get("deleteTeam.header", team.name()));
        ButtonType delete = new ButtonType(texts.get("deleteTeam.confirm"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(delete, ButtonType.CANCEL);
        getDialogPane().setId("delete-team-dialog");
        TextField typedName = new TextField();
        typedName.setId("delete-team-name");
        Label prompt = new Label(texts.get("deleteTeam.prompt", team.name()));
        prompt.setLabelFor(typedName);
        prompt.setWrapText(true);
        getDialogPane().setContent(new VBox(10, prompt, typedName));
        getDialogPane().lookupButton(delete).disableProperty()
                .bind(typedName.textProperty().isNotEqualTo(team.name()));
        getDialogPane().lookupButton(delete).getStyleClass().add("danger");
        setResultConverter(button -> button == delete);
    }
}
