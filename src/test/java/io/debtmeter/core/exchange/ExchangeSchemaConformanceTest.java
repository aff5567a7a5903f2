package io.debtmeter.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real exports checked against the published schema by the networknt validator directly, not
 * through our reader: what we write is what we publish, for any other tool that reads it.
 */
class ExchangeSchemaConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void everyScopeOfARealExportIsValidAgainstTheSchemaFile() throws Exception {
        JsonSchema schema;
        // The file in the source tree, as a person or CI tool would take it.
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/io/debtmeter/core/exchange/exchange.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        TestClock clock = new TestClock(ExchangeFixture.START);
        try (AssessmentStore store = ExchangeFixture.open(folder.resolve("a.db"), clock)) {
            ExchangeFixture.Ids ids = ExchangeFixture.fill(store, clock);
            ByteArrayOutputStream assessment = new ByteArrayOutputStream();
            ExchangeFixture.exporter().exportAssessment(store, ids.q3().id(), assessment);
            ByteArrayOutputStream team = new ByteArrayOutputStream();
            ExchangeFixture.exporter().exportTeam(store, ids.search().id(), team);
            byte[] database = ExchangeFixture.exportDatabase(store);

            assertThat(schema.validate(JSON.readTree(assessment.toByteArray()))).isEmpty();
            assertThat(schema.validate(JSON.readTree(team.toByteArray()))).isEmpty();
            JsonNode everything = JSON.readTree(database);
            assertThat(schema.validate(everything)).isEmpty();

            // The same validator does reject a broken copy, so the checks above could fail.
            ObjectNode broken = everything.deepCopy();
            ((ObjectNode) broken.get("teams").get(0)).remove("name");
            ((ObjectNode) broken.get("teams").get(0).get("assessments").get(0)).put("status", "archived");
            Set<ValidationMessage> problems = schema.validate(broken);
            assertThat(problems).extracting(ValidationMessage::getMessage)
                    .anySatisfy(message -> assertThat(message).contains("name"))
                    .anySatisfy(message -> assertThat(message).contains("status"));
        }
    }

    @Test
    void anEmptyDatabaseExportsAValidFileWithNoTeams() throws Exception {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/io/debtmeter/core/exchange/exchange.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        try (AssessmentStore store = ExchangeFixture.open(folder.resolve("empty.db"), new TestClock(ExchangeFixture.START))) {
            JsonNode root = JSON.readTree(ExchangeFixture.exportDatabase(store));
            assertThat(schema.validate(root)).isEmpty();
            assertThat(root.get("teams")).isEmpty();
            assertThat(root.get("rubrics")).isEmpty();
        }
    }
}
