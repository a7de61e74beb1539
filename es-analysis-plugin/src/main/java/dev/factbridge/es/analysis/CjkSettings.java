package dev.factbridge.es.analysis;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/** Settings of {@code factbridge_cjk} and {@code factbridge_cjk_bigram}. */
@AnalysisSettings
public interface CjkSettings {

  /** Also emit the single characters (useful for one-character queries); bigrams only by default. */
  @BooleanSetting(path = "output_unigrams", defaultValue = false)
  boolean outputUnigrams();
}
