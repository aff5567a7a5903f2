/**
 * The web server phones vote through while voting is open (issue 21): {@link
 * io.debtmeter.core.voting.server.VotingServer} serves the phone page under the secret {@code /v/<code>}
 * path, streams each phone what it may see of the room as server-sent events, and takes votes as small
 * JSON posts into the {@link io.debtmeter.core.voting.VotingRoom}. Everything else gets a bare 404.
 */
package io.debtmeter.core.voting.server;
