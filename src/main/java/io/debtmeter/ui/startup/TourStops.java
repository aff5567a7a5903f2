package io.debtmeter.ui.startup;

import java.util.UUID;

/**
 * The screens the AOT training run's {@link TrainingTour} opens, as the window's main view offers
 * them. An interface here, rather than the shell's main view itself, keeps start-up free of the
 * shell that depends on it (LayerRulesTest forbids package cycles).
 */
public interface TourStops {

    void showPortfolio();

    void showTrends(UUID teamId);

    void showCompare(UUID before, UUID after);

    void showScorecard(UUID assessmentId);

    void showWizard(UUID assessmentId);
}
