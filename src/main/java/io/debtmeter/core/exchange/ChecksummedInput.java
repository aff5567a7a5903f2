package io.debtmeter.core.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32C;

/**
 * Counts the bytes read, for progress, and sums them up (CRC-32C), so a later pass can tell that
 * the file changed in between; keeps those of the record being read, to fingerprint it.
 */
final class ChecksummedInput extends FilterInputStream {
    private final CRC32C checksum = new CRC32C();
    private final KeptBytes kept = new KeptBytes();
    private long count;

    ChecksummedInput(InputStream in) {
        super(in);
    }

    long count() {
        return count;
    }

    KeptBytes kept() {
        return kept;
    }

    long checksum() {
        return checksum.getValue();
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            checksum.update(b);
            kept.add(b);
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            checksum.update(buffer, offset, n);
            kept.add(buffer, offset, n);
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skipping is not counted");
    }
}
