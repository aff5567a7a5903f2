package io.debtmeter.core.exchange;

import java.security.MessageDigest;

/**
 * The bytes of a file read since a given offset, kept as they pass on their way to the parser. The
 * parser reads ahead of the token it hands out, so when a record starts, its first bytes have
 * already gone by: what is kept starts at the last {@link #dropBefore} mark, never later.
 */
final class KeptBytes {
    private byte[] bytes = new byte[1 << 16];
    /** The file offset of {@code bytes[start]}. */
    private long offset;
    private int start;
    private int end;

    void add(byte[] buffer, int from, int length) {
        makeRoom(length);
        System.arraycopy(buffer, from, bytes, end, length);
        end += length;
    }

    void add(int b) {
        makeRoom(1);
        bytes[end++] = (byte) b;
    }

    /** Forgets the bytes before {@code fileOffset}, which nothing will ask for again. */
    void dropBefore(long fileOffset) {
        int drop = (int) Math.min(Math.max(0, fileOffset - offset), end - start);
        start += drop;
        offset += drop;
    }

    /** Feeds the kept bytes from {@code from} to {@code to} (file offsets) to the digest. */
    void update(MessageDigest digest, long from, long to) {
        requireKept(from, to);
        digest.update(bytes, start + (int) (from - offset), (int) (to - from));
    }

    private void requireKept(long from, long to) {
        if (from < offset || to > offset + (end - start) || to < from) {
            throw new IllegalStateException("bytes " + from + ".." + to + " are not kept (kept: " + offset + ".."
                    + (offset + end - start) + ")");
        }
    }

    /** A copy of the kept bytes from {@code from} to {@code to} (file offsets). */
    byte[] copy(long from, long to) {
        requireKept(from, to);
        byte[] copy = new byte[(int) (to - from)];
        System.arraycopy(bytes, start + (int) (from - offset), copy, 0, copy.length);
        return copy;
    }

    /** Moves what is kept to the front (rarely: a record is small beside the buffer), or grows. */
    private void makeRoom(int length) {
        if (end + length <= bytes.length) {
            return;
        }
        int kept = end - start;
        byte[] target = kept + length <= bytes.length / 2 ? bytes : new byte[Math.max(bytes.length * 2, kept + length)];
        System.arraycopy(bytes, start, target, 0, kept);
        bytes = target;
        start = 0;
        end = kept;
    }
}
