package dev.factbridge.extract.period;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencePeriodCarryTest {
    private final SentencePeriodCarry carry = new SentencePeriodCarry();

    /** Reads a sentence that states {@code stated} (or nothing) and returns what it could borrow. */
    private String read(String sentence, String stated) {
        String borrowable = carry.borrowable(sentence);
        carry.advance(sentence, stated, borrowable);
        return borrowable;
    }

    @Test
    void theSentenceRightAfterBorrowsWhatTheOneBeforeStates() {
        read("작년은 AWS에게도 중요한 성과를 거둔 한 해였습니다.", "FY2023");
        assertThat(read("우리는 차세대 칩을 발표했습니다.", null)).isEqualTo("FY2023");
    }

    @Test
    void anAdditiveConnectiveCarriesTheFrameFurther() {
        read("작년은 AWS에게도 중요한 성과를 거둔 한 해였습니다.", "FY2023");
        read("우리는 차세대 칩을 발표했습니다.", null);
        assertThat(read("또한 트레이니움2 칩도 발표했습니다.", null)).isEqualTo("FY2023");
        assertThat(read("Also, we launched Amazon Q.", null)).isEqualTo("FY2023");
        assertThat(read("此外，我们推出了新服务。", null)).isEqualTo("FY2023");
    }

    @Test
    void withoutAConnectiveTheFrameEndsAfterOneSentence() {
        read("In 2023, we announced new chips.", "FY2023");
        read("They are faster.", null);
        assertThat(read("Customers like them.", null)).isNull();
    }

    @Test
    void aSentenceAboutThePresentEndsTheFrame() {
        read("작년은 중요한 한 해였습니다.", "FY2023");
        read("현재 33개 리전을 운영하고 있습니다.", null);
        assertThat(read("또한 새 리전을 추가했습니다.", null)).isNull();
    }

    @Test
    void aNewParagraphStartsWithNothing() {
        read("In 2023, we announced new chips.", "FY2023");
        carry.reset();
        assertThat(read("Also, they are faster.", null)).isNull();
    }

    @Test
    void aStatedPeriodReplacesTheFrame() {
        read("In 2022, revenue grew.", "FY2022");
        read("In 2023, it grew again.", "FY2023");
        assertThat(read("Also, margins improved.", null)).isEqualTo("FY2023");
    }
}
