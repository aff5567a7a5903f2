package io.debtmeter.ui.transfer;

import io.debtmeter.core.export.pdf.PageFormat;

import java.nio.file.Path;

/** What the user chose in the Export dialog. */
record ExportRequest(ExportOption option, PageFormat page, Path target) {
}
