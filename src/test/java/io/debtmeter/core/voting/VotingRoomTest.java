package io.debtmeter.core.voting;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class VotingRoomTest {

    private static final List<VotingChoice> CHOICES = List.of(
            new VotingChoice("1", "1", "Ad hoc", ""),
            new VotingChoice("2", "2", "Written rule", ""),
            new VotingChoice(VotingChoice.NOT_APPLICABLE, "", "N/A", ""),
            new VotingChoice(VotingChoice.DONT_KNOW, "", "Don't know", ""));

    private static VotingItem item(String id) {
        return new VotingItem(id, "Item", "Title " + id, "Question?", CHOICES);
    }

    private final VotingRoom room = new VotingRoom(VotingPin.none());

    @Test
    void countsVotesWithoutSayingWhatUntilRevealed() {
        room.show(item("a"));

        assertThat(room.vote("p1", "a", "1", Optional.empty(), null)).isEqualTo(VoteOutcome.ACCEPTED);
        assertThat(room.vote("p2", "a", "2", Optional.of(" Ada "), null)).isEqualTo(VoteOutcome.ACCEPTED);
        assertThat(room.vote("p3", "a", VotingChoice.NOT_APPLICABLE, Optional.of(""), null)).isEqualTo(VoteOutcome.ACCEPTED);
        assertThat(room.state().voted()).isEqualTo(3);
        assertThat(room.state().revealed()).isEmpty();

        Tally tally = room.reveal().orElseThrow();

        assertThat(tally.counts()).isEqualTo(Map.of("1", 1, "2", 1, VotingChoice.NOT_APPLICABLE, 1));
        assertThat(tally.names()).as("names are stripped; blank ones dropped").isEqualTo(Map.of("2", List.of("Ada")));
        assertThat(room.state().revealed()).contains(tally);
    }

    @Test
    void aPhoneChangingItsVoteCountsOnce() {
        room.show(item("a"));
        room.vote("p1", "a", "1", Optional.empty(), null);
        room.vote("p1", "a", VotingChoice.DONT_KNOW, Optional.empty(), null);

        assertThat(room.choiceOf("p1")).contains(VotingChoice.DONT_KNOW);
        assertThat(room.reveal().orElseThrow().counts()).isEqualTo(Map.of(VotingChoice.DONT_KNOW, 1));
    }

    @Test
    void refusesVotesThatDoNotFitAndChangesNothing() {
        assertThat(room.vote("p1", "a", "1", Optional.empty(), null)).isEqualTo(VoteOutcome.CLOSED);
        room.show(item("a"));
        RoomState before = room.state();

        assertThat(room.vote("p1", "b", "1", Optional.empty(), null)).isEqualTo(VoteOutcome.WRONG_ITEM);
        assertThat(room.vote("p1", "a", "9", Optional.empty(), null)).isEqualTo(VoteOutcome.UNKNOWN_CHOICE);
        assertThat(room.state()).isEqualTo(before);

        room.reveal();
        RoomState revealed = room.state();
        assertThat(room.vote("p1", "a", "1", Optional.empty(), null)).isEqualTo(VoteOutcome.ALREADY_REVEALED);
        assertThat(room.state()).isEqualTo(revealed);
    }

    @Test
    void votingAgainDropsTheItemsBallots() {
        room.show(item("a"));
        room.vote("p1", "a", "1", Optional.empty(), null);
        room.reveal();

        room.voteAgain();

        assertThat(room.state().voted()).isZero();
        assertThat(room.state().isRevealed()).isFalse();
        assertThat(room.vote("p1", "a", "2", Optional.empty(), null)).isEqualTo(VoteOutcome.ACCEPTED);
        assertThat(room.reveal().orElseThrow().counts()).isEqualTo(Map.of("2", 1));
    }

    @Test
    void goingBackToAnItemFindsItsVotes() {
        room.show(item("a"));
        room.vote("p1", "a", "1", Optional.empty(), null);
        room.show(item("b"));
        assertThat(room.state().voted()).isZero();

        room.show(item("a"));

        assertThat(room.state().voted()).isEqualTo(1);
        assertThat(room.choiceOf("p1")).contains("1");
    }

    @Test
    void aPinIsRequiredWhenSet() {
        VotingRoom locked = new VotingRoom(new VotingPin(Optional.of("0427")));
        locked.show(item("a"));

        assertThat(locked.state().pinRequired()).isTrue();
        assertThat(locked.vote("p1", "a", "1", Optional.empty(), null)).isEqualTo(VoteOutcome.WRONG_PIN);
        assertThat(locked.vote("p1", "a", "1", Optional.empty(), "0428")).isEqualTo(VoteOutcome.WRONG_PIN);
        assertThat(locked.vote("p1", "a", "1", Optional.empty(), "0427")).isEqualTo(VoteOutcome.ACCEPTED);
    }

    @Test
    void takesAtMostAHundredPhones() {
        room.show(item("a"));
        for (int i = 0; i < VotingRoom.MAX_PHONES; i++) {
            assertThat(room.vote("p" + i, "a", "1", Optional.empty(), null)).isEqualTo(VoteOutcome.ACCEPTED);
        }

        assertThat(room.vote("p-extra", "a", "1", Optional.empty(), null)).isEqualTo(VoteOutcome.ROOM_FULL);
        assertThat(room.vote("p0", "a", "2", Optional.empty(), null)).as("a known phone may still change its vote")
                .isEqualTo(VoteOutcome.ACCEPTED);
    }

    @Test
    void joinCountsFollowingPhonesUpToAHundred() {
        for (int i = 0; i < VotingRoom.MAX_PHONES; i++) {
            assertThat(room.join()).isTrue();
        }
        assertThat(room.join()).isFalse();
        assertThat(room.state().connected()).isEqualTo(VotingRoom.MAX_PHONES);

        room.leave();
        assertThat(room.state().connected()).isEqualTo(VotingRoom.MAX_PHONES - 1);
    }

    @Test
    void closingForgetsEverythingAndRefusesAll() {
        room.show(item("a"));
        room.vote("p1", "a", "1", Optional.empty(), null);

        room.close();

        RoomState closed = room.state();
        assertThat(closed.open()).isFalse();
        assertThat(closed.item()).isEmpty();
        assertThat(room.vote("p1", "a", "1", Optional.empty(), null)).isEqualTo(VoteOutcome.CLOSED);
        assertThat(room.join()).isFalse();
        room.show(item("b"));
        assertThat(room.state()).isEqualTo(closed);
    }

    @Test
    void listenersHearEveryChangeWithAGrowingVersion() {
        List<RoomState> heard = new ArrayList<>();
        room.addListener(heard::add);

        room.show(item("a"));
        room.vote("p1", "a", "1", Optional.empty(), null);
        room.vote("p1", "a", "7", Optional.empty(), null);
        room.reveal();

        assertThat(heard).hasSize(3);
        assertThat(heard).extracting(RoomState::version).isSorted().doesNotHaveDuplicates();
        assertThat(heard.get(1).voted()).isEqualTo(1);
    }
}
