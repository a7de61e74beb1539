package dev.factbridge.es.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/** {@code factbridge_nori_tokenizer}: the Korean morphological tokenizer, for custom analyzers. */
@NamedComponent(NoriTokenizerFactory.NAME)
public class NoriTokenizerFactory implements TokenizerFactory {

  public static final String NAME = "factbridge_nori_tokenizer";

  private final KoreanSettings settings;

  @Inject
  public NoriTokenizerFactory(KoreanSettings settings) {
    Components.decompoundMode(settings.decompoundMode());
    this.settings = settings;
  }

  @Override
  public Tokenizer create() {
    return Components.koreanTokenizer(settings);
  }
}
