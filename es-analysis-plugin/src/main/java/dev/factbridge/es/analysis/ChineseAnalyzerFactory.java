package dev.factbridge.es.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** {@code factbridge_chinese}: Simplified Chinese word segmentation (smartcn HMM tokenizer). */
@NamedComponent(ChineseAnalyzerFactory.NAME)
public class ChineseAnalyzerFactory implements AnalyzerFactory {

  public static final String NAME = "factbridge_chinese";

  public ChineseAnalyzerFactory() {}

  @Override
  public Analyzer create() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = Components.chineseTokenizer();
        return new TokenStreamComponents(tokenizer, Components.chineseFilters(tokenizer));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }
}
