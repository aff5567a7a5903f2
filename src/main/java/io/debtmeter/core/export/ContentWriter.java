package io.debtmeter.core.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a file's content to a stream; {@link SafeFiles} decides where the bytes go. */
@FunctionalInterface
public interface ContentWriter {

    void writeTo(OutputStream out) throws IOException;
}
