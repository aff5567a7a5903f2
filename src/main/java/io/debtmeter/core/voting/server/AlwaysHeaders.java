package io.debtmeter.core.voting.server;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;

/**
 * The headers on every response, errors included: nothing is cached on a shared phone, no address
 * (which holds the code) leaks in a Referer, browsers never guess a content type, and the page runs
 * only its own script and style, in no frame.
 */
final class AlwaysHeaders {

    private static final HttpField CACHE = new HttpField(HttpHeader.CACHE_CONTROL, "no-store");
    private static final HttpField REFERRER = new HttpField("Referrer-Policy", "no-referrer");
    private static final HttpField NO_SNIFF = new HttpField("X-Content-Type-Options", "nosniff");
    private static final HttpField CONTENT_SECURITY = new HttpField("Content-Security-Policy",
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:;"
                    + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'");

    private AlwaysHeaders() {
    }

    static void addTo(Response response) {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(CACHE);
        headers.put(REFERRER);
        headers.put(NO_SNIFF);
        headers.put(CONTENT_SECURITY);
    }
}
