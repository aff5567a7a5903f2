package io.debtmeter.core.export.pdf;

import java.util.List;

/**
 * What a written report could not show.
 *
 * @param replacedCharacters code points no shipped or installed font could draw, each drawn as
 *                           "?" instead, in the order first met; empty when everything was drawn
 */
public record PdfResult(List<Integer> replacedCharacters) {

    public PdfResult {
        replacedCharacters = List.copyOf(replacedCharacters);
    }
}
