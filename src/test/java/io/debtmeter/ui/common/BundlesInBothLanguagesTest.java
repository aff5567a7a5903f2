package io.debtmeter.ui.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every bundle of the window exists in English (the base file) and in Japanese ({@code _ja}), with the
 * same keys and the same placeholders, so switching the language never shows a key, an English
 * leftover from {@link java.util.ResourceBundle}'s fallback, or a broken MessageFormat pattern.
 *
 * <p>The files are read directly from the class path, not through {@code ResourceBundle}, whose
 * fallback to the base file would hide a missing or incomplete translation.
 */
class BundlesInBothLanguagesTest {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale JAPANESE = Locale.JAPANESE;
    /** Any "{digit", quoted or not: such a value is a MessageFormat pattern (or meant to be one). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*\\d");

    @Test
    void everyBundleHasTheSameKeysAndPlaceholdersInEnglishAndJapanese() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : Texts.BUNDLES) {
            String base = "/" + bundle.replace('.', '/');
            Properties english = load(base + ".properties");
            Properties japanese = load(base + "_ja.properties");
            if (english == null || japanese == null) {
                problems.add(bundle + ": file missing on the class path: "
                        + (english == null ? base + ".properties " : "") + (japanese == null ? base + "_ja.properties" : ""));
                continue;
            }
            compare(bundle, english, japanese, problems);
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s) in the English/Japanese bundles:\n  " + String.join("\n  ", problems));
        }
    }

    @Test
    void eachLanguageGetsItsOwnTextsWhateverTheMachineLocale() {
        Locale before = Locale.getDefault();
        try {
            // A Japanese machine asking for English gets the English base file, not messages_ja.
            Locale.setDefault(Locale.JAPAN);
            ResourceBundle.clearCache(Texts.class.getClassLoader());
            assertThat(new Texts(Locale.ENGLISH).get("home.items", 30)).isEqualTo("30 items");
            assertThat(new Texts(Locale.JAPAN).get("home.items", 30)).isEqualTo("30 項目");

            Locale.setDefault(Locale.US);
            ResourceBundle.clearCache(Texts.class.getClassLoader());
            assertThat(new Texts(Locale.JAPANESE).get("teams.heading")).isEqualTo("チーム");
            assertThat(new Texts(Locale.GERMAN).get("teams.heading")).isEqualTo("Teams");
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache(Texts.class.getClassLoader());
        }
    }

    @Test
    void placeholderScanHonoursMessageFormatQuoting() {
        assertThat(placeholders("{0} of {1,choice,1#1 item|1<{1,number,integer} items}")).containsExactly(0, 1);
        assertThat(placeholders("Up {0,choice,0#{1} levels|1#1 level|1<{2} levels}")).containsExactly(0, 1, 2);
        assertThat(placeholders("don''t {0}")).containsExactly(0);
        assertThat(placeholders("'{0}' is quoted")).isEmpty();
        assertThat(placeholders("No placeholders here")).isEmpty();
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
     * The argument indexes a pattern uses ({0}, {1,number,integer}, and those nested in choice
     * branches), skipping text quoted the MessageFormat way ('' is a quote, '...' is literal).
     */
    static Set<Integer> placeholders(String pattern) {
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
        InputStream in = Texts.class.getResourceAsStream(resource);
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
