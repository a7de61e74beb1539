package dev.factbridge.es.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** {@code factbridge_english}: standard tokenizer, possessives, lowercase, English stop words, Porter stemmer. */
@NamedComponent(EnglishAnalyzerFactory.NAME)
public class EnglishAnalyzerFactory implements AnalyzerFactory {

  public static final String NAME = "factbridge_english";

  public EnglishAnalyzerFactory() {}

  @Override
  public Analyzer create() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = Components.standardTokenizer();
        return new TokenStreamComponents(tokenizer, Components.englishFilters(tokenizer));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }
}
