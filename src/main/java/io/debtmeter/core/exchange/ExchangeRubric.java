package io.debtmeter.core.exchange;

import io.debtmeter.model.Rubric;

/**
 * One rubric snapshot in an exchange file, shared by every assessment taken with it.
 *
 * @param sha256  SHA-256 (lower-case hex) of {@code content} as UTF-8; the database keys the snapshot by it
 * @param content the rubric JSON exactly as the database stores it
 * @param rubric  {@code content} parsed and validated
 */
public record ExchangeRubric(String sha256, String id, String version, String content, Rubric rubric) {
}
