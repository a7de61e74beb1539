package dev.factbridge.es.analysis;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * Settings of the Korean (nori) tokenizer, shared by {@code factbridge_korean} and
 * {@code factbridge_nori_tokenizer}.
 */
@AnalysisSettings
public interface KoreanSettings {

  /** {@code none}, {@code discard} (keep only the parts of compounds) or {@code mixed} (keep both). */
  @StringSetting(path = "decompound_mode", defaultValue = "discard")
  String decompoundMode();

  @BooleanSetting(path = "discard_punctuation", defaultValue = true)
  boolean discardPunctuation();
}
