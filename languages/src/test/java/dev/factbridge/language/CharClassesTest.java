package dev.factbridge.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharClassesTest {
    @Test
    void spaceIsHorizontalWhitespaceIsAny() {
        assertThat(CharClasses.isSpace('\u3000')).isTrue();
        assertThat(CharClasses.isSpace('\n')).isFalse();
        assertThat(CharClasses.isWhitespace('\n')).isTrue();
        assertThat(CharClasses.isWhitespace('\u00A0')).isTrue();
    }

    @Test
    void whitespaceIsJavasWhitespaceOrSpaceCharForEveryChar() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean expected = Character.isWhitespace(c) || Character.isSpaceChar(c);
            assertThat(CharClasses.isWhitespace(c)).as("U+%04X", (int) c).isEqualTo(expected);
        }
    }

    @Test
    void foldingKeepsOneCharPerChar() {
        assertThat(CharClasses.fold('Ａ')).isEqualTo('a');
        assertThat(CharClasses.fold('・')).isEqualTo('·');
        assertThat(CharClasses.fold('’')).isEqualTo('\'');
        assertThat(CharClasses.fold('매')).isEqualTo('매');
    }

    @Test
    void scriptsAndDigits() {
        assertThat(CharClasses.isHan('〇')).isTrue();
        assertThat(CharClasses.isHangul('억')).isTrue();
        assertThat(CharClasses.digit('７')).isEqualTo(7);
        assertThat(CharClasses.isWordChar('a')).isTrue();
        assertThat(CharClasses.isWordChar('가')).isFalse();
        assertThat(CharClasses.isCjk('ア')).isTrue();
        assertThat(CharClasses.skipSpaces("a  b", 1, 4, 5)).isEqualTo(3);
        assertThat(CharClasses.skipSpacesBack("a  b", 3, 0, 5)).isEqualTo(1);
        assertThat(CharClasses.at("12억원", 2, "억원")).isTrue();
    }
}
