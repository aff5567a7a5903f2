package io.debtmeter.core.exchange;

import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bytes kept for fingerprints: what was dropped is gone, what was not is intact however the buffer moved. */
class KeptBytesTest {

    @Test
    void aRangeReadLongAgoIsStillWholeAfterTheBufferMovedAndGrew() throws Exception {
        KeptBytes kept = new KeptBytes();
        byte[] file = new byte[300_000];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) (i * 31 + 7);
        }
        // Fed in odd pieces, dropping as a reader would: the 150,000 bytes from 100,000 stay kept
        // while more comes in (the buffer of 64 KiB must grow), the bytes before them go.
        int at = 0;
        for (int piece : new int[]{7, 8_000, 40_000, 52_000, 1, 99_992, 100_000}) {
            kept.add(file, at, piece);
            at += piece;
            kept.dropBefore(Math.min(at, 100_000));
        }
        kept.add(0x42);
        assertThat(digestOf(kept, 100_000, 250_000)).isEqualTo(sha256(Arrays.copyOfRange(file, 100_000, 250_000)));
        assertThat(digestOf(kept, 299_999, 300_001))
                .isEqualTo(sha256(new byte[]{file[299_999], 0x42}));
    }

    @Test
    void bytesDroppedOrNotYetReadCannotBeAskedFor() {
        KeptBytes kept = new KeptBytes();
        kept.add(new byte[100], 0, 100);
        kept.dropBefore(40);
        assertThatThrownBy(() -> kept.update(MessageDigest.getInstance("SHA-256"), 39, 60))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("39..60");
        assertThatThrownBy(() -> kept.update(MessageDigest.getInstance("SHA-256"), 40, 101))
                .isInstanceOf(IllegalStateException.class);
    }

    private static String digestOf(KeptBytes kept, long from, long to) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        kept.update(digest, from, to);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
