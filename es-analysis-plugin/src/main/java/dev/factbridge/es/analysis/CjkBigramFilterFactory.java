package dev.factbridge.es.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** {@code factbridge_cjk_bigram}: bigrams of adjacent Han, Hiragana, Katakana and Hangul characters. */
@NamedComponent(CjkBigramFilterFactory.NAME)
public class CjkBigramFilterFactory implements TokenFilterFactory {

  public static final String NAME = "factbridge_cjk_bigram";

  private final boolean outputUnigrams;

  @Inject
  public CjkBigramFilterFactory(CjkSettings settings) {
    this.outputUnigrams = settings.outputUnigrams();
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new CJKBigramFilter(tokenStream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, outputUnigrams);
  }
}
