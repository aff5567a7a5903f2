package io.debtmeter.core.voting.server;

import io.debtmeter.core.voting.VotingCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The phone page and its two assets, read once from the jar. The page names its assets and API by
 * absolute path ({@code /v/<code>/...}, filled in here), so they load whether or not the scanned
 * address ends with a slash.
 */
final class PhonePage {

    static final String HTML_TYPE = "text/html;charset=utf-8";
    static final String CSS_TYPE = "text/css;charset=utf-8";
    static final String JS_TYPE = "text/javascript;charset=utf-8";

    private static final String BASE_MARK = "{{base}}";

    private final byte[] html;
    private final byte[] css;
    private final byte[] js;

    PhonePage(VotingCode code) {
        // The code is Base64url, so it needs no escaping in an HTML attribute.
        this.html = text("phone.html").replace(BASE_MARK, "/v/" + code.text() + "/").getBytes(StandardCharsets.UTF_8);
        this.css = text("phone.css").getBytes(StandardCharsets.UTF_8);
        this.js = text("phone.js").getBytes(StandardCharsets.UTF_8);
    }

    byte[] html() {
        return html;
    }

    byte[] css() {
        return css;
    }

    byte[] js() {
        return js;
    }

    private static String text(String name) {
        try (InputStream in = PhonePage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the phone page's " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
