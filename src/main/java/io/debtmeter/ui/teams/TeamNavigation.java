package io.debtmeter.ui.teams;

import io.debtmeter.model.Assessment;

import java.util.UUID;

/** Where the Teams screen can send the user; the main view decides how each is shown. */
public interface TeamNavigation {

    /** Drafts open in the wizard, final assessments as their scorecard. */
    void openAssessment(Assessment assessment);

    void showTrends(UUID teamId);

    void compare(UUID before, UUID after);
}
