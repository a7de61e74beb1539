package dev.factbridge.es.analysis;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.pattern.PatternCaptureGroupTokenFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * {@code pattern_capture}, as in Elasticsearch's analysis-common module: emits every capture group of every
 * pattern that matches a token. The security index's {@code email} filter uses it with {@code patterns} and
 * {@code preserve_original: true}.
 *
 * <p>Elasticsearch instantiates every registered filter with empty settings whenever it builds an index's
 * analysis, so no patterns must not fail: the filter then passes tokens through.
 */
@NamedComponent(PatternCaptureTokenFilterFactory.NAME)
public class PatternCaptureTokenFilterFactory implements TokenFilterFactory {

  public static final String NAME = "pattern_capture";

  @AnalysisSettings
  public interface Settings {
    @ListSetting(path = "patterns")
    List<String> patterns();

    @BooleanSetting(path = "preserve_original", defaultValue = true)
    boolean preserveOriginal();
  }

  private final Pattern[] patterns;
  private final boolean preserveOriginal;

  @Inject
  public PatternCaptureTokenFilterFactory(Settings settings) {
    List<String> sources = settings.patterns();
    this.patterns = new Pattern[sources.size()];
    for (int i = 0; i < patterns.length; i++) {
      try {
        patterns[i] = Pattern.compile(sources.get(i));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("[" + NAME + "] invalid pattern [" + sources.get(i) + "]", e);
      }
    }
    this.preserveOriginal = settings.preserveOriginal();
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    if (patterns.length == 0) {
      return tokenStream;
    }
    return new PatternCaptureGroupTokenFilter(tokenStream, preserveOriginal, patterns);
  }
}
