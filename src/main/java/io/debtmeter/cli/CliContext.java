package io.debtmeter.cli;

import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;

import java.io.PrintWriter;

/** What commands need from the outside world; built once by the launcher (or a test). */
public record CliContext(RubricLoader rubricLoader, RubricCatalog rubricCatalog, PrintWriter out, PrintWriter err) {
}
