package io.debtmeter.core.voting.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The three kinds of answer the server gives: a resource, nothing, or an API error as
 * {@code {"error":"wrong-item"}}, a key the page turns into words (and nothing a prober could use).
 */
final class Reply {

    private Reply() {
    }

    static void content(Response response, Callback callback, String contentType, byte[] body) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    static void empty(Response response, Callback callback, int status) {
        response.setStatus(status);
        if (status != 204) {
            // A 204 must not carry a Content-Length (RFC 9110, 8.6); every other empty answer says 0.
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
        }
        response.write(true, null, callback);
    }

    /** {@code key} is one of the fixed keys in this package, never text from the request. */
    static void error(Response response, Callback callback, int status, String key) {
        byte[] body = ("{\"error\":\"" + key + "\"}").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
