package io.debtmeter.core.platform;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** A pattern parsed once still formats each call's own arguments, from any thread. */
class LanguageBundleTest {

    private final LanguageBundle english = new LanguageBundle(ProblemTexts.BUNDLE, Locale.ENGLISH);

    @Test
    void theSameKeyFormatsEachCallsOwnArguments() {
        assertThat(english.get("merge.actionName", "Search ranking", "Add a data test"))
                .isEqualTo("Search ranking · action “Add a data test”");
        assertThat(english.get("merge.actionName", "Fraud", "Ask"))
                .isEqualTo("Fraud · action “Ask”");
    }

    @Test
    void eachLanguageKeepsItsOwnPattern() {
        LanguageBundle japanese = new LanguageBundle(ProblemTexts.BUNDLE, Locale.JAPANESE);
        assertThat(japanese.get("merge.actionName", "検索", "テスト")).isEqualTo("検索 · アクション「テスト」");
        assertThat(english.get("merge.actionName", "検索", "テスト")).isEqualTo("検索 · action “テスト”");
    }

    @Test
    void threadsFormattingTheSameKeyAtOnceEachGetTheirOwnText() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                results.add(threads.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        String team = "team " + thread + "-" + i;
                        if (!english.get("merge.actionName", team, "x").equals(team + " · action “x”")) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
