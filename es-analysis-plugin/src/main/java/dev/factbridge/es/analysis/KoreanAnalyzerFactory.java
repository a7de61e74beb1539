package dev.factbridge.es.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** {@code factbridge_korean}: nori tokenizer, part-of-speech stop filter, reading form, lowercase. */
@NamedComponent(KoreanAnalyzerFactory.NAME)
public class KoreanAnalyzerFactory implements AnalyzerFactory {

  public static final String NAME = "factbridge_korean";

  private final KoreanSettings settings;

  @Inject
  public KoreanAnalyzerFactory(KoreanSettings settings) {
    Components.decompoundMode(settings.decompoundMode()); // fail at index creation on a bad value
    this.settings = settings;
  }

  @Override
  public Analyzer create() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = Components.koreanTokenizer(settings);
        return new TokenStreamComponents(tokenizer, Components.koreanFilters(tokenizer));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }
}
