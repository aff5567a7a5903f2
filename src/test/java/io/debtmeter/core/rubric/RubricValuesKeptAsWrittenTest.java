package io.debtmeter.core.rubric;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A rubric file is refused, not quietly changed, when a value could not be kept as written. */
class RubricValuesKeptAsWrittenTest {

    private final RubricLoader loader = new RubricLoader();

    @Test
    void aLoneSurrogateInATitle() {
        RubricProblem problem = single(RubricLoaderTest.VALID.replace("\"title\": \"Tiny\"", "\"title\": \"Ti\\udfffny\""));
        assertThat(problem.pointer()).isEqualTo("/title");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.message()).startsWith("the text holds \\udfff at character 3: half of a UTF-16 surrogate pair");
    }

    @Test
    void aWeightBeyondDouble() {
        RubricProblem problem = single(RubricLoaderTest.VALID.replace("\"weight\": 2", "\"weight\": 2e400"));
        assertThat(problem.pointer()).isEqualTo("/categories/0/weight");
        assertThat(problem.line()).isEqualTo(11);
        assertThat(problem.message()).isEqualTo("the number 2E+400 is too large: a number here may be at most about 1.8e308");
    }

    @Test
    void aScoreTooCloseToZero() {
        RubricProblem problem = single(RubricLoaderTest.VALID.replace("\"score\": 0}", "\"score\": 1e-400}"));
        assertThat(problem.pointer()).isEqualTo("/items/1/options/1/score");
        assertThat(problem.message()).startsWith("the number 1E-400 is too close to zero to be kept");
    }

    @Test
    void notANumberAndInfinity() {
        RubricProblem nan = single(RubricLoaderTest.VALID.replace("\"weight\": 2", "\"weight\": NaN"));
        assertThat(nan.message()).isEqualTo("not valid JSON: NaN is not a number JSON allows; write a number, or null");
        assertThat(nan.pointer()).isEqualTo("/categories/0/weight");
        assertThat(nan.line()).isEqualTo(11);
        RubricProblem infinity = single(RubricLoaderTest.VALID.replace("\"weight\": 3", "\"weight\": Infinity"));
        assertThat(infinity.message()).isEqualTo("not valid JSON: Infinity is not a number JSON allows; write a number, or null");
    }

    @Test
    void nestingTooDeep() {
        RubricProblem problem = single(RubricLoaderTest.VALID.replace("\"title\": \"Tiny\"",
                "\"title\": " + "[".repeat(1001) + "]".repeat(1001)));
        assertThat(problem.message()).isEqualTo("not valid JSON: the file nests objects and arrays deeper than 1,000 levels");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isGreaterThan(1000);
    }

    @Test
    void aNumberTooLongToRead() {
        RubricProblem problem = single(RubricLoaderTest.VALID.replace("\"weight\": 2", "\"weight\": 2" + "0".repeat(1200)));
        assertThat(problem.message()).isEqualTo("not valid JSON: a number of 1,201 characters; at most 1,000 are allowed");
        assertThat(problem.line()).isEqualTo(11);
        assertThat(problem.pointer()).isEqualTo("/categories/0/weight");
    }

    @Test
    void everyOtherSyntaxErrorInOurWords() {
        assertThat(single(RubricLoaderTest.VALID.replace("\"weight\": 2", "\"weight\": +2")).message())
                .isEqualTo("not valid JSON: unexpected character '+'; a number may not start with '+'");
        assertThat(single(RubricLoaderTest.VALID.replace("\"weight\": 2", "\"weight\": 02")).message())
                .isEqualTo("not valid JSON: a number may not start with 0 unless it is 0 or 0.something");
        assertThat(single(RubricLoaderTest.VALID.replace("\"id\": \"tiny\",", "\"id\" \"tiny\",")).message())
                .isEqualTo("not valid JSON: unexpected character '\"'; expected ':' after the key");
        assertThat(single(RubricLoaderTest.VALID.replace("\"Tiny\"", "\"Ti\\qny\"")).message())
                .isEqualTo("not valid JSON: \\q is not an escape JSON knows; write \\\\ for a backslash");
        assertThat(single(RubricLoaderTest.VALID.replace("\"Tiny\"", "\"Ti\u0001ny\"")).message())
                .isEqualTo("not valid JSON: a control character \\u0001 inside a text in quotes; write it as an escape,"
                        + " such as \\n or \\u0001");
        assertThat(single(RubricLoaderTest.VALID + "{}").message())
                .isEqualTo("not valid JSON: there is more after the end of the JSON value");
    }

    private RubricProblem single(String json) {
        List<RubricProblem> problems = loader.problems("bad.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(problems).as(problems.toString()).hasSize(1);
        RubricProblem problem = problems.get(0);
        assertThat(problem.line()).as(problem.describe()).isPositive();
        assertThat(problem.message()).doesNotContain("cut short", "Jackson", "Feature", "Constraints", "`");
        return problem;
    }
}
