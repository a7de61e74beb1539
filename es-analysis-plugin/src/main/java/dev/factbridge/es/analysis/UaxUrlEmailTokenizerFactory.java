package dev.factbridge.es.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.IntSetting;

/**
 * {@code uax_url_email}, as in Elasticsearch's analysis-common module: the standard tokenizer that keeps URLs
 * and e-mail addresses whole. Used by the security index's {@code email} analyzer.
 */
@NamedComponent(UaxUrlEmailTokenizerFactory.NAME)
public class UaxUrlEmailTokenizerFactory implements TokenizerFactory {

  public static final String NAME = "uax_url_email";

  @AnalysisSettings
  public interface Settings {
    @IntSetting(path = "max_token_length", defaultValue = StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH)
    int maxTokenLength();
  }

  private final int maxTokenLength;

  @Inject
  public UaxUrlEmailTokenizerFactory(Settings settings) {
    int max = settings.maxTokenLength();
    if (max < 1) {
      throw new IllegalArgumentException("[" + NAME + "] max_token_length must be greater than 0, got " + max);
    }
    this.maxTokenLength = max;
  }

  @Override
  public Tokenizer create() {
    UAX29URLEmailTokenizer tokenizer = new UAX29URLEmailTokenizer();
    tokenizer.setMaxTokenLength(maxTokenLength);
    return tokenizer;
  }
}
