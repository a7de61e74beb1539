package dev.factbridge.es.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * {@code factbridge_cjk}: standard tokenizer, CJK width folding, lowercase, CJK bigrams. Script-agnostic, so
 * it also covers Traditional Chinese and Japanese, which the dictionary analyzers do not.
 */
@NamedComponent(CjkAnalyzerFactory.NAME)
public class CjkAnalyzerFactory implements AnalyzerFactory {

  public static final String NAME = "factbridge_cjk";

  private final boolean outputUnigrams;

  @Inject
  public CjkAnalyzerFactory(CjkSettings settings) {
    this.outputUnigrams = settings.outputUnigrams();
  }

  @Override
  public Analyzer create() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = Components.standardTokenizer();
        return new TokenStreamComponents(tokenizer, Components.cjkFilters(tokenizer, outputUnigrams));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
      }
    };
  }
}
