package dev.factbridge.es.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.junit.jupiter.api.Test;

/** The analysis-common components the security index's {@code email} analyzer needs. */
class SecurityIndexComponentsTest {

  /** The security index's {@code email} filter patterns (x-pack SecuritySystemIndices). */
  static final List<String> SECURITY_EMAIL_PATTERNS = List.of("([^@]+)", "(\\p{L}+)", "(\\d+)", "@(.+)");

  static PatternCaptureTokenFilterFactory.Settings patternCapture(List<String> patterns, boolean preserveOriginal) {
    return new PatternCaptureTokenFilterFactory.Settings() {
      @Override
      public List<String> patterns() {
        return patterns;
      }

      @Override
      public boolean preserveOriginal() {
        return preserveOriginal;
      }
    };
  }

  @Test
  void uniqueRemovesDuplicatesAnywhere() {
    UniqueTokenFilterFactory unique = new UniqueTokenFilterFactory(() -> false);
    assertEquals(List.of("a", "b", "c"), Tokens.whitespace(unique::create, "a b a c b a"));
  }

  @Test
  void uniqueOnSamePositionKeepsRepeatsAtOtherPositions() {
    UniqueTokenFilterFactory unique = new UniqueTokenFilterFactory(() -> true);
    assertEquals(List.of("a", "b", "a"), Tokens.whitespace(unique::create, "a b a"));
  }

  @Test
  void uniqueIsResetBetweenStreams() {
    UniqueTokenFilterFactory unique = new UniqueTokenFilterFactory(() -> false);
    assertEquals(List.of("x", "y"), Tokens.whitespace(unique::create, "x y x"));
    assertEquals(List.of("x"), Tokens.whitespace(unique::create, "x x"));
  }

  @Test
  void patternCaptureEmitsGroupsAndOriginal() {
    PatternCaptureTokenFilterFactory f =
        new PatternCaptureTokenFilterFactory(patternCapture(List.of("(\\d+)", "([a-z]+)"), true));
    List<String> tokens = Tokens.whitespace(f::create, "abc123");
    assertEquals(new HashSet<>(List.of("abc123", "abc", "123")), new HashSet<>(tokens), tokens::toString);
  }

  @Test
  void patternCaptureWithoutOriginal() {
    PatternCaptureTokenFilterFactory f =
        new PatternCaptureTokenFilterFactory(patternCapture(List.of("(\\d+)"), false));
    assertEquals(List.of("123", "45"), Tokens.whitespace(f::create, "abc123def45"));
  }

  @Test
  void patternCaptureWithoutPatternsPassesThrough() {
    // Elasticsearch builds every registered filter with empty settings for each index.
    PatternCaptureTokenFilterFactory f = new PatternCaptureTokenFilterFactory(patternCapture(List.of(), true));
    assertEquals(List.of("a@b.c", "d"), Tokens.whitespace(f::create, "a@b.c d"));
  }

  @Test
  void patternCaptureRejectsInvalidPattern() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new PatternCaptureTokenFilterFactory(patternCapture(List.of("(unclosed"), true)));
    assertTrue(e.getMessage().contains("(unclosed"), e.getMessage());
  }

  @Test
  void uaxUrlEmailKeepsAddressesWhole() {
    UaxUrlEmailTokenizerFactory t = new UaxUrlEmailTokenizerFactory(() -> 255);
    assertEquals(List.of("mail", "jane.doe@example.com", "or", "https://example.com/x"),
        Tokens.of(t.create(), ts -> ts, "mail jane.doe@example.com or https://example.com/x"));
  }

  @Test
  void uaxUrlEmailRejectsNonPositiveMaxTokenLength() {
    assertThrows(IllegalArgumentException.class, () -> new UaxUrlEmailTokenizerFactory(() -> 0));
  }

  @Test
  void securityIndexEmailAnalyzerChain() {
    // analysis.analyzer.email: tokenizer uax_url_email, filters [email (pattern_capture), lowercase, unique]
    PatternCaptureTokenFilterFactory email =
        new PatternCaptureTokenFilterFactory(patternCapture(SECURITY_EMAIL_PATTERNS, true));
    UniqueTokenFilterFactory unique = new UniqueTokenFilterFactory(() -> false);
    List<String> tokens = Tokens.of(new UaxUrlEmailTokenizerFactory(() -> 255).create(),
        ts -> unique.create(new LowerCaseFilter(email.create(ts))), "Jane.Doe42@Example.com");
    assertEquals(tokens.size(), new HashSet<>(tokens).size(), "no duplicates: " + tokens);
    assertTrue(tokens.containsAll(List.of("jane.doe42@example.com", "jane.doe42", "jane", "doe", "42",
        "example.com", "example", "com")), tokens::toString);
  }
}
