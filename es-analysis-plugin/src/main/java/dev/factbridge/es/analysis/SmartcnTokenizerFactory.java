package dev.factbridge.es.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/** {@code factbridge_smartcn_tokenizer}: Simplified Chinese word segmentation, for custom analyzers. */
@NamedComponent(SmartcnTokenizerFactory.NAME)
public class SmartcnTokenizerFactory implements TokenizerFactory {

  public static final String NAME = "factbridge_smartcn_tokenizer";

  public SmartcnTokenizerFactory() {}

  @Override
  public Tokenizer create() {
    return Components.chineseTokenizer();
  }
}
