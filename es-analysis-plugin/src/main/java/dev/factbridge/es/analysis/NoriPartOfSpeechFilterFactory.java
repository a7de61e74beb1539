package dev.factbridge.es.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** {@code factbridge_nori_part_of_speech}: drops particles, endings etc. (nori's default stop tags). */
@NamedComponent(NoriPartOfSpeechFilterFactory.NAME)
public class NoriPartOfSpeechFilterFactory implements TokenFilterFactory {

  public static final String NAME = "factbridge_nori_part_of_speech";

  public NoriPartOfSpeechFilterFactory() {}

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new KoreanPartOfSpeechStopFilter(tokenStream);
  }
}
