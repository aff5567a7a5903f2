package io.debtmeter.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Certificate authorities of a test's own, made by {@code openssl} in a folder of the test's (valid two days):
 * one signs the test server's certificate, another vouches for nobody the test talks to.
 */
public final class TestCertificates {

    /** A CA's certificate (what a client is given to trust) and its key (what signs). */
    public record Authority(Path certificate, Path key) {

        /**
         * A key and a certificate for a server at the IP address {@code ip} (its subject alternative name, which
         * verify-full checks), signed by this CA, written to {@code serverKey} and {@code serverCertificate}.
         */
        public void signServer(String ip, Path serverKey, Path serverCertificate) throws IOException {
            Path folder = certificate.getParent();
            Path request = folder.resolve("server.csr");
            Path extensions = folder.resolve("server-extensions.cnf");
            Files.writeString(extensions, "subjectAltName = IP:" + ip + "\n", StandardCharsets.UTF_8);
            openssl(folder, "req", "-new", "-nodes", "-newkey", "rsa:2048", "-subj", "/CN=" + ip,
                    "-keyout", serverKey.toString(), "-out", request.toString());
            openssl(folder, "x509", "-req", "-in", request.toString(), "-CA", certificate.toString(),
                    "-CAkey", key.toString(), "-CAcreateserial", "-days", "2", "-extfile", extensions.toString(),
                    "-out", serverCertificate.toString());
        }
    }

    private TestCertificates() {
    }

    /** A new CA called {@code name}, its files {@code name}.crt and .key (spaces as dashes) in {@code folder}. */
    public static Authority authority(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        String file = name.replace(' ', '-');
        Authority made = new Authority(folder.resolve(file + ".crt"), folder.resolve(file + ".key"));
        openssl(folder, "req", "-x509", "-new", "-nodes", "-newkey", "rsa:2048", "-days", "2", "-subj", "/CN=" + name,
                "-keyout", made.key().toString(), "-out", made.certificate().toString());
        return made;
    }

    private static void openssl(Path folder, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Path log = folder.resolve("openssl.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("openssl " + arguments[0] + " did not finish in a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("openssl " + arguments[0] + " failed (exit " + process.exitValue() + "): "
                    + Files.readString(log));
        }
    }
}
