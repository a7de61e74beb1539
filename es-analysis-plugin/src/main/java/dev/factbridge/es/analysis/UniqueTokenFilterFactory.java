package dev.factbridge.es.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/**
 * {@code unique}, as in Elasticsearch's analysis-common module: drops tokens whose term was already emitted
 * (anywhere in the stream, or with {@code only_on_same_position: true} only at the same position). Used by the
 * security index's {@code email} analyzer.
 */
@NamedComponent(UniqueTokenFilterFactory.NAME)
public class UniqueTokenFilterFactory implements TokenFilterFactory {

  public static final String NAME = "unique";

  @AnalysisSettings
  public interface Settings {
    @BooleanSetting(path = "only_on_same_position", defaultValue = false)
    boolean onlyOnSamePosition();
  }

  private final boolean onlyOnSamePosition;

  @Inject
  public UniqueTokenFilterFactory(Settings settings) {
    this.onlyOnSamePosition = settings.onlyOnSamePosition();
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return onlyOnSamePosition ? new RemoveDuplicatesTokenFilter(tokenStream) : new UniqueTokenFilter(tokenStream);
  }
}
