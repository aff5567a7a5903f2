package io.debtmeter.core.voting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The ballots of one assessment's voting session, in memory only. The facilitator's wizard shows an item
 * ({@link #show}), phones vote and may change their vote until {@link #reveal}; the projector learns how
 * many voted, never what, until then. Ballots are kept per item, so going back to an item finds its
 * votes again. Phones are known only by a random id their page made up, which is forgotten when the room
 * closes and never stored.
 *
 * <p>Thread-safe: the server's threads vote while the FX thread shows and reveals. Listeners are told
 * every change outside the lock, on the thread that made it.
 */
public final class VotingRoom {

    /** No more phones than this may vote or follow (issue 21): a retrospective is a room, not a stadium. */
    public static final int MAX_PHONES = 100;
    /** First names are for the projector, not for essays. */
    public static final int MAX_NAME_LENGTH = 30;

    private final VotingPin pin;
    private final List<Consumer<RoomState>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Map<String, Ballot>> ballotsByItem = new HashMap<>();
    private final Map<String, Tally> revealedByItem = new HashMap<>();
    private final Set<String> phones = new HashSet<>();

    private VotingItem item;
    private boolean open = true;
    private int connected;
    private long version;

    public VotingRoom(VotingPin pin) {
        this.pin = pin;
    }

    public VotingPin pin() {
        return pin;
    }

    public void addListener(Consumer<RoomState> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<RoomState> listener) {
        listeners.remove(listener);
    }

    /** The facilitator moved to this item: phones show it next. */
    public void show(VotingItem shown) {
        RoomState state;
        synchronized (this) {
            if (!open) {
                return;
            }
            item = shown;
            state = changed();
        }
        tell(state);
    }

    /**
     * A phone's vote on the item it shows. It replaces the phone's earlier vote on that item. Refused,
     * changing nothing, unless it is for the item on screen, names one of its choices, comes before the
     * reveal, carries the PIN when one is required, and the room has space for the phone.
     */
    public VoteOutcome vote(String phoneId, String itemId, String choiceKey, Optional<String> name, String givenPin) {
        RoomState state;
        synchronized (this) {
            VoteOutcome refusal = refusal(phoneId, itemId, choiceKey, givenPin);
            if (refusal != null) {
                return refusal;
            }
            phones.add(phoneId);
            ballotsByItem.computeIfAbsent(itemId, id -> new LinkedHashMap<>())
                    .put(phoneId, new Ballot(choiceKey, name.map(String::strip).filter(n -> !n.isEmpty())));
            state = changed();
        }
        tell(state);
        return VoteOutcome.ACCEPTED;
    }

    private VoteOutcome refusal(String phoneId, String itemId, String choiceKey, String givenPin) {
        if (!open || item == null) {
            return VoteOutcome.CLOSED;
        }
        if (!pin.accepts(givenPin)) {
            return VoteOutcome.WRONG_PIN;
        }
        if (!item.itemId().equals(itemId)) {
            return VoteOutcome.WRONG_ITEM;
        }
        if (item.choice(choiceKey).isEmpty()) {
            return VoteOutcome.UNKNOWN_CHOICE;
        }
        if (revealedByItem.containsKey(itemId)) {
            return VoteOutcome.ALREADY_REVEALED;
        }
        if (!phones.contains(phoneId) && phones.size() >= MAX_PHONES) {
            return VoteOutcome.ROOM_FULL;
        }
        return null;
    }

    /** Shows the current item's votes: their counts and given names. Later votes are refused until {@link #voteAgain}. */
    public Optional<Tally> reveal() {
        RoomState state;
        Tally tally;
        synchronized (this) {
            if (!open || item == null) {
                return Optional.empty();
            }
            tally = tallyOf(item.itemId());
            revealedByItem.put(item.itemId(), tally);
            state = changed();
        }
        tell(state);
        return Optional.of(tally);
    }

    /** Starts a new round on the current item: its ballots are dropped and phones may vote again. */
    public void voteAgain() {
        RoomState state;
        synchronized (this) {
            if (!open || item == null) {
                return;
            }
            ballotsByItem.remove(item.itemId());
            revealedByItem.remove(item.itemId());
            state = changed();
        }
        tell(state);
    }

    /** A phone started following the room; false (and nothing counted) when the room is full or closed. */
    public boolean join() {
        RoomState state;
        synchronized (this) {
            if (!open || connected >= MAX_PHONES) {
                return false;
            }
            connected++;
            state = changed();
        }
        tell(state);
        return true;
    }

    /** A phone that {@link #join joined} stopped following (its page closed, or the network dropped it). */
    public void leave() {
        RoomState state;
        synchronized (this) {
            if (connected == 0) {
                return;
            }
            connected--;
            state = changed();
        }
        tell(state);
    }

    /** Voting is over: every ballot is forgotten and every later vote refused. */
    public void close() {
        RoomState state;
        synchronized (this) {
            if (!open) {
                return;
            }
            open = false;
            item = null;
            ballotsByItem.clear();
            revealedByItem.clear();
            phones.clear();
            state = changed();
        }
        tell(state);
    }

    public synchronized RoomState state() {
        return snapshot();
    }

    /** The choice this phone has on the current item, so a reloaded page can show it again. */
    public synchronized Optional<String> choiceOf(String phoneId) {
        if (item == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(ballotsByItem.getOrDefault(item.itemId(), Map.of()).get(phoneId))
                .map(Ballot::choiceKey);
    }

    private Tally tallyOf(String itemId) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, List<String>> names = new TreeMap<>();
        for (Ballot ballot : ballotsByItem.getOrDefault(itemId, Map.of()).values()) {
            counts.merge(ballot.choiceKey(), 1, Integer::sum);
            ballot.name().ifPresent(name -> names.computeIfAbsent(ballot.choiceKey(), k -> new ArrayList<>()).add(name));
        }
        names.replaceAll((key, list) -> List.copyOf(list.stream().sorted().toList()));
        return new Tally(itemId, counts, names);
    }

    private RoomState changed() {
        version++;
        return snapshot();
    }

    private RoomState snapshot() {
        Optional<VotingItem> shown = Optional.ofNullable(item);
        int voted = shown.map(i -> ballotsByItem.getOrDefault(i.itemId(), Map.of()).size()).orElse(0);
        Optional<Tally> revealed = shown.map(i -> revealedByItem.get(i.itemId()));
        return new RoomState(version, open, shown, voted, connected, pin.required(), revealed);
    }

    private void tell(RoomState state) {
        for (Consumer<RoomState> listener : listeners) {
            listener.accept(state);
        }
    }
}
