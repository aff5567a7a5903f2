package io.debtmeter.core.voting.server;

/** A vote request that is not exactly the shape the phone page sends; answered with 400, no detail. */
final class InvalidVoteException extends Exception {

    InvalidVoteException(String why) {
        super(why, null, false, false);
    }
}
