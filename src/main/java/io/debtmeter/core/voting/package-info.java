/**
 * Phone voting: the room a retrospective votes in while the facilitator shows one item at a time.
 * {@link io.debtmeter.core.voting.VotingRoom} keeps the ballots in memory only, anonymously, until the
 * facilitator reveals them; {@code server} serves the phone page and takes votes over HTTP while voting
 * is open (decision 0026). Nothing here touches the database: revealed votes reach the assessment
 * through the wizard, like typed ones.
 */
package io.debtmeter.core.voting;
