package dev.factbridge.es.analysis;

import java.util.Locale;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.util.AttributeFactory;

/** The token stream chains shared by the analyzer, tokenizer and filter factories. */
final class Components {

  private Components() {}

  static KoreanTokenizer.DecompoundMode decompoundMode(String value) {
    String v = value == null || value.isBlank() ? "discard" : value.trim();
    try {
      return KoreanTokenizer.DecompoundMode.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown decompound_mode [" + value + "], expected one of [none, discard, mixed]", e);
    }
  }

  static Tokenizer koreanTokenizer(KoreanSettings settings) {
    return new KoreanTokenizer(
        AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY,
        null,
        decompoundMode(settings.decompoundMode()),
        false,
        settings.discardPunctuation());
  }

  /** Korean: drop particles/endings by part of speech, hanja to hangul reading, lowercase Latin. */
  static TokenStream koreanFilters(TokenStream in) {
    TokenStream ts = new KoreanPartOfSpeechStopFilter(in);
    ts = new KoreanReadingFormFilter(ts);
    return new LowerCaseFilter(ts);
  }

  static Tokenizer chineseTokenizer() {
    return new HMMChineseTokenizer();
  }

  /** Simplified Chinese (smartcn): lowercase, smartcn's punctuation stop set, Porter stem for Latin words. */
  static TokenStream chineseFilters(TokenStream in) {
    TokenStream ts = new LowerCaseFilter(in);
    ts = new StopFilter(ts, SmartChineseAnalyzer.getDefaultStopSet());
    return new PorterStemFilter(ts);
  }

  static Tokenizer standardTokenizer() {
    return new StandardTokenizer();
  }

  /** CJK: full/half width folding, lowercase, bigrams over Han, Hiragana, Katakana and Hangul. */
  static TokenStream cjkFilters(TokenStream in, boolean outputUnigrams) {
    TokenStream ts = new CJKWidthFilter(in);
    ts = new LowerCaseFilter(ts);
    return new CJKBigramFilter(ts, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, outputUnigrams);
  }

  /** English: possessives, lowercase, English stop words, Porter stemming. */
  static TokenStream englishFilters(TokenStream in) {
    TokenStream ts = new EnglishPossessiveFilter(in);
    ts = new LowerCaseFilter(ts);
    ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    return new PorterStemFilter(ts);
  }
}
