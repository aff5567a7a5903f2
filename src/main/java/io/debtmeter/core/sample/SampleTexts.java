package io.debtmeter.core.sample;

import java.util.List;
import java.util.Map;

/**
 * The words generated sample data is made of: team domains, people, and the notes and actions a
 * team writes in a retrospective. Notes are by category of the default rubric; any other rubric's
 * categories get the general ones.
 */
final class SampleTexts {

    static final List<String> DOMAINS = List.of("Search ranking", "Fraud detection", "Recommendations",
            "Ads click prediction", "Churn prediction", "Demand forecasting", "Dynamic pricing", "Spam filtering",
            "Speech recognition", "Machine translation", "Image moderation", "Credit risk", "Query understanding",
            "Feed ranking", "Anomaly detection", "Supply forecasting", "Support triage", "Document OCR",
            "Voice assistant", "Route optimisation", "Size recommendation", "Payments risk", "Content tagging",
            "Entity resolution", "Sentiment analysis", "Lead scoring", "Inventory planning", "Photo enhancement",
            "Music recommendations", "Delivery ETA", "Claims triage", "Medical imaging", "Energy load forecasting",
            "Help-centre chatbot", "Knowledge graph", "Video understanding", "Ad bidding", "Seller quality",
            "Trust and safety", "Geo search");

    static final List<String> PEOPLE = List.of("Aiko", "Ben", "Chloé", "Dmitri", "Esra", "Femi", "Gabriela",
            "Hiro", "Ingrid", "Jamal", "Katarzyna", "Liam", "Mei", "Nikolai", "Olga", "Pedro", "Quentin", "Rania",
            "Sven", "Tariq", "Uma", "Valentina", "Wei", "Ximena", "Yusuf", "Zainab", "Arjun", "Björn", "Carmen",
            "Daniela", "Emeka", "Fatima", "Giulia", "Hamid", "Isabel", "Jonas", "Kofi", "Lucía", "Mateo", "Nadia");

    private static final Map<String, List<String>> NOTES = Map.of(
            "model-boundaries", List.of(
                    "Two downstream models read our scores directly; nobody owns that contract.",
                    "SHAP reports are generated, but only for the main model.",
                    "Output table now has an access list; the analytics copy does not."),
            "data-dependencies", List.of(
                    "Training snapshots are copied to a dated folder by hand.",
                    "Moved the click logs under DVC; the feature store is not versioned yet.",
                    "Found three features nobody could explain; removing them next sprint.",
                    "Upstream schema changed without notice twice this quarter."),
            "feedback-loops", List.of(
                    "Our recommendations shape the clicks we train on; we hold out 2% of traffic now."),
            "anti-patterns", List.of(
                    "The pipeline is still a chain of cron jobs and shell scripts.",
                    "Old experiment flags removed: 40 of them, none in use.",
                    "Glue code around the vendor library is wrapped behind one interface now.",
                    "Reviews happen, but notebooks skip them."),
            "configuration", List.of(
                    "Hyperparameters live in one YAML per model; the serving config is still separate.",
                    "A typo in a config file took the model down for an hour in March."),
            "external-world", List.of(
                    "Dashboard and a weekly alert on prediction drift; thresholds reviewed monthly.",
                    "No alert fired when the input distribution shifted during the holiday sale.",
                    "Action limits in place: the model cannot change more than 5% of prices a day."),
            "other-areas", List.of(
                    "Every fourth sprint is a debt sprint, agreed with product.",
                    "Release checklist exists but is skipped under deadline pressure."),
            "litmus", List.of(
                    "New ideas take about a month to reach production, mostly waiting for reviews.",
                    "Onboarding still depends on pairing with the two people who built it."));

    private static final List<String> GENERAL_NOTES = List.of(
            "Discussed at length; the team was split between two levels.",
            "Better than last quarter, but only for the main model.",
            "Depends on the platform team's roadmap.");

    static final List<String> NOT_APPLICABLE_NOTES = List.of(
            "We retired the last service in another language; everything is Python now.",
            "Handled by the platform team, not by us.",
            "No downstream consumers yet.");

    static final List<String> ACTIONS = List.of(
            "Agree what good looks like for \"%s\" and write it down",
            "Pair for one sprint on \"%s\"",
            "Spike: automate \"%s\"",
            "Add \"%s\" to the definition of done",
            "Ask the platform team for help with \"%s\"");

    private SampleTexts() {
    }

    static List<String> notesFor(String categoryId) {
        return NOTES.getOrDefault(categoryId, GENERAL_NOTES);
    }
}
