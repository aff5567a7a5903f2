package io.debtmeter.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks that a resource bundle exists in English (the base file) and in Japanese ({@code _ja}), with the
 * same keys, no blank value and the same placeholders, each a valid MessageFormat pattern, so switching
 * the language never shows a key, an English leftover from {@link java.util.ResourceBundle}'s fallback,
 * or a broken pattern. Shared by the window's bundles' test and the reports' bundle test.
 *
 * <p>The files are read directly from the class path, not through {@code ResourceBundle}, whose
 * fallback to the base file would hide a missing or incomplete translation.
 */
public final class BundlePairs {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale JAPANESE = Locale.JAPANESE;
    /** Any "{digit", quoted or not: such a value is a MessageFormat pattern (or meant to be one). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*\\d");

    private BundlePairs() {
    }

    /**
     * What is wrong with a bundle's English/Japanese pair; empty when nothing is.
     *
     * @param bundle the base name, e.g. "io.debtmeter.core.export.reports"
     */
    public static List<String> problems(String bundle) {
        List<String> problems = new ArrayList<>();
        String base = "/" + bundle.replace('.', '/');
        try {
            Properties english = load(base + ".properties");
            Properties japanese = load(base + "_ja.properties");
            if (english == null || japanese == null) {
                problems.add(bundle + ": file missing on the class path: "
                        + (english == null ? base + ".properties " : "") + (japanese == null ? base + "_ja.properties" : ""));
                return problems;
            }
            compare(bundle, english, japanese, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static void compare(String bundle, Properties english, Properties japanese, List<String> problems) {
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(japanese.stringPropertyNames());
        Set<String> extra = new TreeSet<>(japanese.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        if (!missing.isEmpty()) {
            problems.add(bundle + ": keys missing in _ja: " + missing);
        }
        if (!extra.isEmpty()) {
            problems.add(bundle + ": keys only in _ja (not in English): " + extra);
        }
        checkValues(bundle, "en", english, ENGLISH, problems);
        checkValues(bundle, "ja", japanese, JAPANESE, problems);
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String translated = japanese.getProperty(key);
            if (translated == null) {
                continue;
            }
            Set<Integer> inEnglish = placeholders(english.getProperty(key));
            Set<Integer> inJapanese = placeholders(translated);
            if (!inEnglish.equals(inJapanese)) {
                problems.add(bundle + ": " + key + ": placeholders differ: en " + inEnglish + ", ja " + inJapanese);
            }
        }
    }

    private static void checkValues(String bundle, String language, Properties values, Locale locale, List<String> problems) {
        for (String key : new TreeSet<>(values.stringPropertyNames())) {
            String value = values.getProperty(key);
            String where = bundle + ": " + key + " (" + language + ")";
            if (value.isBlank()) {
                problems.add(where + ": empty or blank value");
                continue;
            }
            if (!PLACEHOLDER.matcher(value).find()) {
                // Texts passes such a value through unformatted: a doubled quote would show twice.
                if (value.contains("''")) {
                    problems.add(where + ": '' in a value without placeholders (shown as is): write a single quote");
                }
                continue;
            }
            if (hasLoneQuote(value)) {
                problems.add(where + ": single quote in a MessageFormat pattern: write it as ''");
            }
            MessageFormat format;
            try {
                format = new MessageFormat(value, locale);
            } catch (IllegalArgumentException e) {
                problems.add(where + ": not a valid MessageFormat pattern: " + e.getMessage());
                continue;
            }
            // Choice branches such as "{1} levels" are parsed only when formatting: try a few counts.
            int arguments = placeholders(value).stream().mapToInt(i -> i + 1).max().orElse(0);
            for (int count : new int[] {0, 1, 2, 30}) {
                Object[] sample = new Object[arguments];
                Arrays.fill(sample, count);
                try {
                    format.format(sample);
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": fails to format with " + count + ": " + e.getMessage());
                    break;
                }
            }
        }
    }

    /**
     * Runs {@code checks} as on a machine whose default locale is {@code machine}, with the bundles of
     * {@code texts}' class loader looked up afresh; the default locale is put back and the cache cleared
     * again afterwards. The language a text is asked for in must win over the machine's.
     */
    public static void onAMachineIn(Locale machine, Class<?> texts, Runnable checks) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(machine);
            ResourceBundle.clearCache(texts.getClassLoader());
            checks.run();
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache(texts.getClassLoader());
        }
    }

    /**
     * The argument indexes a pattern uses ({0}, {1,number,integer}, and those nested in choice
     * branches), skipping text quoted the MessageFormat way ('' is a quote, '...' is literal).
     */
    public static Set<Integer> placeholders(String pattern) {
        Set<Integer> indexes = new TreeSet<>();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '{' && !quoted) {
                int j = i + 1;
                while (j < pattern.length() && Character.isWhitespace(pattern.charAt(j))) {
                    j++;
                }
                int start = j;
                while (j < pattern.length() && Character.isDigit(pattern.charAt(j))) {
                    j++;
                }
                if (j > start) {
                    indexes.add(Integer.parseInt(pattern.substring(start, j)));
                }
            }
        }
        return indexes;
    }

    /** A quote that is not part of a doubled '' pair: in these bundles always a mistake, it hides text. */
    private static boolean hasLoneQuote(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    private static Properties load(String resource) throws IOException {
        InputStream in = BundlePairs.class.getResourceAsStream(resource);
        if (in == null) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
