package io.debtmeter.core.storage.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The user's PostgreSQL password file, read as libpq reads it ({@code ~/.pgpass}, or {@code PGPASSFILE}):
 * lines {@code hostname:port:database:username:password}, each of the first four {@code *} for any
 * value, {@code \:} and {@code \\} for a colon or backslash, {@code #} lines ignored, and the first
 * line that matches wins. Plain Java, so a caller can look a password up without the driver.
 */
public final class PgPassFile {

    private static final Set<PosixFilePermission> OPEN_TO_OTHERS = Set.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final List<List<String>> lines;

    private PgPassFile(List<List<String>> lines) {
        this.lines = lines;
    }

    /** The lines of this text (a password file's content); lines with fewer than five fields are skipped. */
    public static PgPassFile parse(String text) {
        List<List<String>> lines = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() >= 5) {
                lines.add(fields);
            }
        }
        return new PgPassFile(lines);
    }

    /** The file's lines; a missing file has none. */
    public static PgPassFile read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new PgPassFile(List.of());
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Whether group or others have any access to the file: libpq then ignores it (a password others
     * may read is no secret), and so do we. False where the file system has no POSIX permissions.
     */
    public static boolean openToOthers(Path file) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return permissions.stream().anyMatch(OPEN_TO_OTHERS::contains);
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    /** The password of the first line matching all four, if any. */
    public Optional<char[]> password(String host, int port, String database, String user) {
        String portText = String.valueOf(port);
        for (List<String> fields : lines) {
            if (matches(fields.get(0), host) && matches(fields.get(1), portText)
                    && matches(fields.get(2), database) && matches(fields.get(3), user)) {
                return Optional.of(fields.get(4).toCharArray());
            }
        }
        return Optional.empty();
    }

    /** A null field is the wildcard {@code *}; {@code \*} is a literal star. */
    private static boolean matches(String field, String value) {
        return field == null || field.equals(value);
    }

    /** Splits at unescaped colons, undoing the escapes; the fifth field ends at the next unescaped colon too. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean escaped = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
                escaped = true;
            } else if (c == ':') {
                fields.add(fields.size() < 4 && !escaped && field.toString().equals("*") ? null : field.toString());
                field.setLength(0);
                escaped = false;
                if (fields.size() == 5) {
                    return fields;
                }
            } else {
                field.append(c);
            }
        }
        fields.add(fields.size() < 4 && !escaped && field.toString().equals("*") ? null : field.toString());
        return fields;
    }
}
