package dev.factbridge.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LanguageTest {
    @Test
    void exactTagsAreTheOnesThePipelineWrites() {
        assertThat(Language.ofTag("zh-Hant")).contains(Language.TRADITIONAL_CHINESE);
        assertThat(Language.ofTag("ko")).contains(Language.KOREAN);
        assertThat(Language.ofTag("zh")).isEmpty();
        assertThat(Language.ofTag("zh-hant")).isEmpty();
        assertThat(Language.ofTag("und")).isEmpty();
        assertThat(Language.ofTag(null)).isEmpty();
    }

    @Test
    void lenientTagsResolveRegionsScriptsAndCase() {
        assertThat(Language.ofLenientTag("zh")).contains(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.ofLenientTag("zh-CN")).contains(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.ofLenientTag("zh-TW")).contains(Language.TRADITIONAL_CHINESE);
        assertThat(Language.ofLenientTag("zh_HK")).contains(Language.TRADITIONAL_CHINESE);
        assertThat(Language.ofLenientTag("zh-hant")).contains(Language.TRADITIONAL_CHINESE);
        assertThat(Language.ofLenientTag(" ko-KR ")).contains(Language.KOREAN);
        assertThat(Language.ofLenientTag("EN-us")).contains(Language.ENGLISH);
        assertThat(Language.ofLenientTag("ja")).contains(Language.JAPANESE);
        assertThat(Language.ofLenientTag("ru")).isEmpty();
        assertThat(Language.ofLenientTag("kor")).isEmpty();
        assertThat(Language.ofLenientTag("")).isEmpty();
    }

    @Test
    void textWithoutAFieldOfItsOwnIsIndexedAsEnglish() {
        assertThat(Language.searchFieldOf("ru")).isEqualTo(SearchField.ENGLISH);
        assertThat(Language.searchFieldOf("und")).isEqualTo(SearchField.ENGLISH);
        assertThat(Language.searchFieldOf(null)).isEqualTo(SearchField.ENGLISH);
        // A bare zh is Simplified Chinese, in every index alike.
        assertThat(Language.searchFieldOf("zh")).isEqualTo(SearchField.CHINESE);
        assertThat(Language.searchFieldOf("ja")).isEqualTo(SearchField.CJK);
    }

    @Test
    void chineseQueriesAlsoSearchTheSharedBigrams() {
        assertThat(Language.SIMPLIFIED_CHINESE.searchFields("text_")).containsExactly("text_zh", "text_zh.cjk");
        assertThat(Language.TRADITIONAL_CHINESE.searchFields("text_")).containsExactly("text_cjk", "text_zh.cjk");
        assertThat(Language.KOREAN.searchFields("quotes_")).containsExactly("quotes_ko");
    }

    @Test
    void everyLanguageHasADistinctTagAndMachineTranslationCode() {
        assertThat(Arrays.stream(Language.values()).map(Language::tag)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(Language.values()).map(Language::machineTranslationCode)).doesNotHaveDuplicates();
        assertThat(Language.tagsWithWordLists()).containsExactly("en", "ko", "zh-Hans", "zh-Hant");
    }

    @Test
    void scriptsJudgeWordListEntries() {
        assertThat(Script.HANGUL.fits("매출")).isTrue();
        assertThat(Script.HANGUL.fits("revenue")).isFalse();
        assertThat(Script.HAN.fits("营收")).isTrue();
        assertThat(Script.LATIN.fits("AWS")).isTrue();
        assertThat(Script.LATIN.fits("AWS 매출")).isFalse();
        assertThat(Script.JAPANESE.fits("売上")).isTrue();
        assertThat(Script.JAPANESE.fits("アマゾン")).isTrue();
    }
}
