package io.debtmeter.core.voting.server;

import io.debtmeter.testsupport.TestPhone;
import io.debtmeter.core.voting.Tally;
import io.debtmeter.core.voting.VotingCode;
import io.debtmeter.core.voting.VotingPin;
import io.debtmeter.core.voting.VotingRoom;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole retrospective over HTTP: ten phones vote on thirty items, one room, every tally exact. */
class VotingServerTenPhonesTest {

    private static final int PHONES = 10;
    private static final int ITEMS = 30;

    @Test
    void everyRevealedTallyCountsExactlyTheVotesThePhonesSent() throws Exception {
        VotingRoom room = new VotingRoom(VotingPin.none());
        try (VotingServer server = VotingServer.start(room, VotingCode.random(), InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
             ExecutorService phonesAtOnce = Executors.newFixedThreadPool(PHONES)) {
            List<TestPhone> phones = new ArrayList<>();
            for (int p = 0; p < PHONES; p++) {
                phones.add(new TestPhone(server.address()));
            }

            for (int i = 1; i <= ITEMS; i++) {
                String itemId = "item-" + i;
                room.show(TestItems.item(i));
                List<String> sent = new ArrayList<>();
                List<Future<Integer>> answers = new ArrayList<>();
                for (int p = 0; p < PHONES; p++) {
                    // Spread over all six choices, differently on each item.
                    String choice = TestItems.KEYS.get((p * 5 + i * 7 + p * i) % TestItems.KEYS.size());
                    sent.add(choice);
                    TestPhone phone = phones.get(p);
                    answers.add(phonesAtOnce.submit(() -> phone.votePatiently(itemId, choice)));
                }
                for (Future<Integer> answer : answers) {
                    assertThat(answer.get()).isEqualTo(204);
                }

                Tally tally = room.reveal().orElseThrow();

                assertThat(tally.itemId()).isEqualTo(itemId);
                assertThat(tally.counts()).as("item %d", i).isEqualTo(countsOf(sent));
                assertThat(tally.total()).isEqualTo(PHONES);
            }
        }
    }

    /** Counted by hand from what the test sent, so the room's own counting is what is checked. */
    private static Map<String, Integer> countsOf(List<String> sent) {
        Map<String, Integer> counts = new HashMap<>();
        for (String choice : sent) {
            counts.put(choice, counts.getOrDefault(choice, 0) + 1);
        }
        return counts;
    }
}
