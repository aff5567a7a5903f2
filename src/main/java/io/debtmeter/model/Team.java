package io.debtmeter.model;

import java.time.Instant;
import java.util.UUID;

/** A team that assesses itself; its id is stable across machines (JSON exchange merges by it). */
public record Team(UUID id, String name, Instant createdAt, Instant updatedAt) {
}
