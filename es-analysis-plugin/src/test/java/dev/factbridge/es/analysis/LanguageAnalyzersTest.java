package dev.factbridge.es.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageAnalyzersTest {

  static KoreanSettings korean(String decompoundMode) {
    return new KoreanSettings() {
      @Override
      public String decompoundMode() {
        return decompoundMode;
      }

      @Override
      public boolean discardPunctuation() {
        return true;
      }
    };
  }

  @Test
  void koreanDropsParticleAndKeepsNoun() {
    List<String> tokens = Tokens.of(new KoreanAnalyzerFactory(korean("discard")).create(), "매출이");
    assertEquals(List.of("매출"), tokens);
  }

  @Test
  void koreanSentenceKeepsContentWordsOnly() {
    List<String> tokens = Tokens.of(new KoreanAnalyzerFactory(korean("discard")).create(),
        "삼성전자의 매출이 증가했다. Revenue");
    assertTrue(tokens.contains("매출"), tokens::toString);
    assertTrue(tokens.contains("삼성"), tokens::toString);
    assertTrue(tokens.contains("revenue"), "Latin lowercased: " + tokens);
    assertFalse(tokens.contains("의"), "particle removed: " + tokens);
    assertFalse(tokens.contains("이"), "particle removed: " + tokens);
    assertFalse(tokens.contains("."), "punctuation removed: " + tokens);
  }

  @Test
  void koreanReadingFormTurnsHanjaIntoHangul() {
    List<String> tokens = Tokens.of(new KoreanAnalyzerFactory(korean("discard")).create(), "韓國");
    assertEquals(List.of("한국"), tokens);
  }

  @Test
  void koreanMixedModeKeepsCompoundAndParts() {
    List<String> discard = Tokens.of(new KoreanAnalyzerFactory(korean("discard")).create(), "가곡역");
    List<String> mixed = Tokens.of(new KoreanAnalyzerFactory(korean("MIXED")).create(), "가곡역");
    assertFalse(discard.contains("가곡역"), discard::toString);
    assertTrue(mixed.contains("가곡역"), mixed::toString);
    assertTrue(mixed.containsAll(discard), mixed + " vs " + discard);
  }

  @Test
  void koreanRejectsUnknownDecompoundMode() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new KoreanAnalyzerFactory(korean("sometimes")));
    assertTrue(e.getMessage().contains("sometimes"), e.getMessage());
  }

  @Test
  void noriTokenizerWithFiltersMatchesAnalyzer() {
    NoriTokenizerFactory tokenizer = new NoriTokenizerFactory(korean("discard"));
    List<String> tokens = Tokens.of(tokenizer.create(),
        ts -> new NoriReadingFormFilterFactory().create(new NoriPartOfSpeechFilterFactory().create(ts)),
        "매출이 韓國");
    assertEquals(List.of("매출", "한국"), tokens);
  }

  @Test
  void chineseSegmentsSimplifiedChineseIntoWords() {
    List<String> tokens = Tokens.of(new ChineseAnalyzerFactory().create(), "我是中国人，公司的收入增长了。");
    assertTrue(tokens.contains("中国"), tokens::toString);
    assertTrue(tokens.contains("公司"), tokens::toString);
    assertTrue(tokens.contains("收入"), tokens::toString);
    assertFalse(tokens.contains("，"), "punctuation removed: " + tokens);
    assertFalse(tokens.contains("中国人，公司"), tokens::toString);
  }

  @Test
  void chineseStemsEmbeddedEnglish() {
    List<String> tokens = Tokens.of(new ChineseAnalyzerFactory().create(), "公司 Revenues");
    assertTrue(tokens.contains("revenu"), tokens::toString);
  }

  @Test
  void smartcnTokenizerSegmentsWords() {
    List<String> tokens = Tokens.of(new SmartcnTokenizerFactory().create(), ts -> ts, "我是中国人");
    assertTrue(tokens.contains("中国"), tokens::toString);
  }

  @Test
  void cjkBigramsTraditionalChinese() {
    List<String> tokens = Tokens.of(new CjkAnalyzerFactory(() -> false).create(), "本公司營收成長");
    assertTrue(tokens.contains("營收"), tokens::toString);
    assertTrue(tokens.contains("公司"), tokens::toString);
    assertFalse(tokens.contains("營"), "no unigrams by default: " + tokens);
    assertEquals(6, tokens.size(), "7 Han characters give 6 bigrams: " + tokens);
  }

  @Test
  void cjkUnigramsOnRequestAndWidthFolding() {
    List<String> tokens = Tokens.of(new CjkAnalyzerFactory(() -> true).create(), "營收 ＡＢＣ");
    assertTrue(tokens.containsAll(List.of("營", "收", "營收", "abc")), tokens::toString);
  }

  @Test
  void cjkFiltersSeparately() {
    List<String> tokens = Tokens.of(new org.apache.lucene.analysis.standard.StandardTokenizer(),
        ts -> new CjkBigramFilterFactory(() -> false).create(new CjkWidthFilterFactory().create(ts)),
        "營收成長");
    assertEquals(List.of("營收", "收成", "成長"), tokens);
  }

  @Test
  void englishStemsAndDropsStopWords() {
    assertEquals(List.of("revenu"), Tokens.of(new EnglishAnalyzerFactory().create(), "revenues"));
    assertEquals(List.of("compani", "revenu", "grew"),
        Tokens.of(new EnglishAnalyzerFactory().create(), "The Company's revenues grew"));
  }
}
