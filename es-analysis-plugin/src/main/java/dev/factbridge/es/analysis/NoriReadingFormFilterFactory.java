package dev.factbridge.es.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** {@code factbridge_nori_readingform}: replaces hanja with their hangul reading. */
@NamedComponent(NoriReadingFormFilterFactory.NAME)
public class NoriReadingFormFilterFactory implements TokenFilterFactory {

  public static final String NAME = "factbridge_nori_readingform";

  public NoriReadingFormFilterFactory() {}

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new KoreanReadingFormFilter(tokenStream);
  }
}
