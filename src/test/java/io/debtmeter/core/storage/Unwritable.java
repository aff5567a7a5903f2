package io.debtmeter.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes a file or folder really unwritable, also for root. Tests run as root here, and root
 * ignores permission bits, so a chmod alone proves nothing. When that is detected, the ext4
 * "immutable" attribute ({@code chattr +i}) is used instead: the kernel refuses writes to an
 * immutable inode even for root (and {@code access(W_OK)} reports it, so {@code Files.isWritable}
 * tells the truth). Callers must {@link #restore} in a finally block, or @TempDir cannot clean up:
 * {@link #whileUnwritable} does both.
 */
final class Unwritable {

    private Unwritable() {
    }

    /** Runs {@code checks} while {@code path} is unwritable, and makes it writable again after, whatever they do. */
    static void whileUnwritable(Path path, Checks checks) throws Exception {
        make(path);
        try {
            checks.run();
        } finally {
            restore(path);
        }
    }

    /** What a test checks while a path is unwritable. */
    interface Checks {
        void run() throws Exception;
    }

    static void make(Path path) throws IOException, InterruptedException {
        if (permissionBitsAreIgnored(path)) {
            run("chattr", "+i", path.toString());
        } else if (!path.toFile().setWritable(false, false)) {
            throw new IOException("cannot make " + path + " read-only");
        }
        if (Files.isWritable(path)) {
            throw new IllegalStateException(path + " is still writable; this test cannot check what it should");
        }
    }

    static void restore(Path path) throws IOException, InterruptedException {
        if (Files.exists(path) && !Files.isWritable(path)) {
            if (!path.toFile().setWritable(true, false) || !Files.isWritable(path)) {
                run("chattr", "-i", path.toString());
            }
        }
    }

    /** True for root (and CAP_DAC_OVERRIDE): a file without write bits still reports writable. */
    private static boolean permissionBitsAreIgnored(Path near) throws IOException {
        Path probe = Files.createTempFile(near.getParent(), "probe", ".tmp");
        try {
            probe.toFile().setWritable(false, false);
            return Files.isWritable(probe);
        } finally {
            Files.delete(probe);
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output.strip());
        }
    }
}
