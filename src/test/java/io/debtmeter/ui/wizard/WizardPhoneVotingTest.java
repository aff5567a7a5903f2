package io.debtmeter.ui.wizard;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.core.voting.NetworkChoice;
import io.debtmeter.core.voting.VotingChoice;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.testsupport.TestEventStream;
import io.debtmeter.testsupport.TestPhone;
import io.debtmeter.ui.common.Texts;
import io.debtmeter.ui.task.DirectTaskExecutor;
import io.debtmeter.ui.voting.PhoneVoting;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ten phones vote through a whole assessment over real loopback sockets while the wizard walks its
 * 30 items; each revealed tally is saved through the wizard and read back from the SQLite file.
 */
class WizardPhoneVotingTest extends WithWizardTestData {

    private static final NetworkChoice LOOPBACK = new NetworkChoice("lo", InetAddress.getLoopbackAddress(), false);

    private Assessment q4;

    @org.junit.jupiter.api.BeforeEach
    void newAssessment() {
        q4 = data.q4();
    }

    @Test
    void tenPhonesVoteOnThirtyItemsAndEveryRevealedVoteIsInTheDatabase() throws Exception {
        WizardViewModel wizard = new WizardViewModel(data.store, new DirectTaskExecutor(), new ScoreCalculator(), q4.id(), "en");
        PhoneVoting voting = wizard.phoneVoting();
        PhoneVotingLink.connect(wizard, voting, new Texts(Locale.ENGLISH));
        voting.open(LOOPBACK, false);
        assertThat(voting.isOpen()).as(voting.problemProperty().get()).isTrue();
        String address = voting.addressProperty().get();
        assertThat(address).startsWith("http://127.0.0.1:");

        Map<String, Map<String, Integer>> expected = new HashMap<>();
        List<TestPhone> phones = new ArrayList<>();
        for (int p = 0; p < 10; p++) {
            phones.add(new TestPhone(URI.create(address)));
        }
        for (int i = 0; i < 30; i++) {
            wizard.goTo(i);
            CurrentItem current = wizard.currentProperty().get();
            List<String> keys = new ArrayList<>(current.choices().stream().map(AnswerChoice::voteKey).toList());
            Map<String, Integer> sent = new HashMap<>();
            for (int p = 0; p < phones.size(); p++) {
                // Phone 9 says "not applicable" on every third item, phone 8 "don't know" on every fifth;
                // the others spread over the item's answers, differently on every item.
                String key = p == 9 && i % 3 == 0 ? VotingChoice.NOT_APPLICABLE
                        : p == 8 && i % 5 == 0 ? VotingChoice.DONT_KNOW
                        : keys.get((p + i) % keys.size());
                sent.merge(key, 1, Integer::sum);
                // Patient as a person is: 300 votes from one test address in a few seconds meet the rate limit.
                assertThat(phones.get(p).votePatiently(current.item().id(), key)).as("vote on item %d", i + 1).isEqualTo(204);
            }
            assertThat(voting.votedProperty().get()).isEqualTo(10);
            voting.reveal();
            expected.put(current.item().id(), sent);
        }
        int port = URI.create(address).getPort();
        voting.close();

        Map<String, ItemResponse> stored = data.store.responses(q4.id());
        for (Item item : rubric.items()) {
            assertThat(stored.get(item.id()).votes()).as(item.id()).isEqualTo(expected.get(item.id()));
            assertThat(stored.get(item.id()).voteCount()).isEqualTo(10);
        }
        assertThat(expected).hasSize(30);
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void phonesAreShownTheItemAndNothingElseOfTheAssessment() throws Exception {
        WizardViewModel wizard = new WizardViewModel(data.store, new DirectTaskExecutor(), new ScoreCalculator(), q4.id(), "en");
        wizard.notes().editNote("SECRET-NOTE the model leaks features");
        wizard.notes().commitNote();
        assertThat(data.store.responses(q4.id()).get(rubric.items().get(0).id()).note()).startsWith("SECRET-NOTE");
        PhoneVotingLink.connect(wizard, wizard.phoneVoting(), new Texts(Locale.ENGLISH));
        wizard.phoneVoting().open(LOOPBACK, false);
        String address = wizard.phoneVoting().addressProperty().get();

        String firstEvent;
        try (TestEventStream stream = TestEventStream.open(URI.create(address))) {
            firstEvent = stream.next().toString();
        } finally {
            wizard.phoneVoting().close();
        }

        Item first = rubric.items().get(0);
        assertThat(firstEvent).contains(first.id(), first.title(), "Not applicable", "Don't know");
        assertThat(firstEvent).doesNotContain("SECRET-NOTE", "Search ranking", "2026-Q4",
                q4.id().toString(), rubric.items().get(1).title());
    }

    @Test
    void finishingTheAssessmentClosesVoting() throws Exception {
        WizardViewModel wizard = new WizardViewModel(data.store, new DirectTaskExecutor(), new ScoreCalculator(), q4.id(), "en");
        PhoneVotingLink.connect(wizard, wizard.phoneVoting(), new Texts(Locale.ENGLISH));
        wizard.phoneVoting().open(LOOPBACK, true);
        int port = URI.create(wizard.phoneVoting().addressProperty().get()).getPort();
        assertThat(wizard.phoneVoting().pinProperty().get()).matches("\\d{4}");

        wizard.finishing().finish(() -> { });

        assertThat(wizard.readOnlyProperty().get()).isTrue();
        assertThat(wizard.phoneVoting().isOpen()).isFalse();
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close()).isInstanceOf(ConnectException.class);
    }
}
