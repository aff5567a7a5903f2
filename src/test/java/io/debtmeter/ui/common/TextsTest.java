package io.debtmeter.ui.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    /** Literal keys passed to texts.get("..."); prefixes ending in '.' are completed at run time from enum names. */
    private static final Pattern KEY_USE = Pattern.compile("texts\\.get\\(\\s*\"([a-zA-Z0-9_.]+)\"");

    @Test
    void everyKeyUsedInTheUiExistsInTheBundle() throws IOException {
        Properties bundle = bundle();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/debtmeter/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_USE.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    boolean present = key.endsWith(".")
                            ? bundle.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                            : bundle.containsKey(key);
                    if (!present) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void keysBuiltFromEnumsAndRulesExist() throws IOException {
        Properties bundle = bundle();
        for (var origin : io.debtmeter.core.rubric.RubricOrigin.values()) {
            assertThat(bundle).containsKey("home.origin." + origin.name());
        }
        for (var rule : io.debtmeter.model.AggregationRule.values()) {
            assertThat(bundle).containsKey("home.rule." + rule.jsonName());
        }
    }

    @Test
    void formatsArgumentsWithChoicePatterns() {
        Texts texts = new Texts(Locale.ENGLISH);
        assertThat(texts.get("home.items", 1)).isEqualTo("1 item");
        assertThat(texts.get("home.items", 30)).isEqualTo("30 items");
        assertThat(texts.get("browser.position", 7, 30)).isEqualTo("Item 7 of 30");
    }

    /** All bundles merged; a key defined twice would make one of them dead text. */
    private static Properties bundle() throws IOException {
        Properties merged = new Properties();
        for (String name : Texts.BUNDLES) {
            Properties properties = new Properties();
            try (InputStream in = Texts.class.getResourceAsStream("/" + name.replace('.', '/') + ".properties")) {
                assertThat(in).as(name).isNotNull();
                properties.load(in);
            }
            for (String key : properties.stringPropertyNames()) {
                assertThat(merged).as("key defined in two bundles").doesNotContainKey(key);
            }
            merged.putAll(properties);
        }
        return merged;
    }
}
