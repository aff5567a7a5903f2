package io.debtmeter.ui.wizard;

import io.debtmeter.ui.common.Texts;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The sidebar names every item state from a key built at run time, which TextsTest cannot see. */
class ItemStateTextsTest {

    @Test
    void everyStateHasItsWords() {
        Texts texts = new Texts(Locale.ENGLISH);
        for (ItemState state : ItemState.values()) {
            assertThat(texts.get("wizard.state." + state.name())).as(state.name()).isNotBlank();
        }
        assertThat(texts.get("wizard.state.DONT_KNOW")).startsWith("Don't know");
    }
}
