package io.debtmeter.core.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes a folder really unwritable, also for root (tests run as root here, and root ignores
 * permission bits): then the ext4 "immutable" attribute is used, which the kernel enforces for
 * root too. Same approach as the storage tests' {@code Unwritable}. Callers must {@link #restore}.
 */
public final class ReadOnlyFolder {

    private ReadOnlyFolder() {
    }

    public static void make(Path folder) throws IOException, InterruptedException {
        folder.toFile().setWritable(false, false);
        if (Files.isWritable(folder)) {
            run("chattr", "+i", folder.toString());
        }
        if (Files.isWritable(folder)) {
            throw new IllegalStateException(folder + " is still writable; this test cannot check what it should");
        }
    }

    public static void restore(Path folder) throws IOException, InterruptedException {
        if (Files.exists(folder) && !Files.isWritable(folder)) {
            folder.toFile().setWritable(true, false);
            if (!Files.isWritable(folder)) {
                run("chattr", "-i", folder.toString());
            }
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
