package dev.factbridge.es.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** {@code factbridge_cjk_width}: folds full-width Latin and half-width Katakana. */
@NamedComponent(CjkWidthFilterFactory.NAME)
public class CjkWidthFilterFactory implements TokenFilterFactory {

  public static final String NAME = "factbridge_cjk_width";

  public CjkWidthFilterFactory() {}

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new CJKWidthFilter(tokenStream);
  }

  @Override
  public TokenStream normalize(TokenStream tokenStream) {
    return new CJKWidthFilter(tokenStream);
  }
}
