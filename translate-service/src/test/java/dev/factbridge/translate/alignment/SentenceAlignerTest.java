package dev.factbridge.translate.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {
    private final SentenceAligner aligner = new SentenceAligner(0.45);

    private static AlignmentUnit unit(String id, String lang, double length, String... names) {
        return new AlignmentUnit(List.of(id), lang, length, new Anchors(Set.of(), Set.of(names), Set.of()));
    }

    @Test
    void anExcerptAlignsInsideALongerTextAndItsLinksStayTogether() {
        List<AlignmentUnit> english = List.of(unit("e0", "en", 100, "bedrock"), unit("e1", "en", 80, "sagemaker"),
                unit("e2", "en", 120, "trainium"));
        List<AlignmentUnit> korean = new ArrayList<>();
        // An earlier sentence also names Bedrock (the letter mentions it twice); the translation is at k50..k52.
        korean.add(unit("k0", "ko", 100, "bedrock"));
        for (int i = 1; i < 50; i++) {
            korean.add(unit("k" + i, "ko", 90));
        }
        korean.add(unit("k50", "ko", 105, "bedrock"));
        korean.add(unit("k51", "ko", 78, "sagemaker"));
        korean.add(unit("k52", "ko", 118, "trainium"));
        for (int i = 53; i < 80; i++) {
            korean.add(unit("k" + i, "ko", 90));
        }
        assertThat(aligner.align(english, korean)).extracting(SentenceAligner.Link::a, SentenceAligner.Link::b)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("e0"), List.of("k50")),
                        org.assertj.core.groups.Tuple.tuple(List.of("e1"), List.of("k51")),
                        org.assertj.core.groups.Tuple.tuple(List.of("e2"), List.of("k52")));
    }

    @Test
    void aSentenceWithoutAnchorsBetweenTwoLinksIsFilledInWhenLengthsAgreeAndNothingElseIsGuessed() {
        List<AlignmentUnit> english = List.of(unit("e0", "en", 100, "bedrock"), unit("e1", "en", 60),
                unit("e2", "en", 120, "trainium"), unit("e3", "en", 90));
        List<AlignmentUnit> chinese = List.of(unit("z0", "zh-Hans", 98, "bedrock"), unit("z1", "zh-Hans", 62),
                unit("z2", "zh-Hans", 117, "trainium"), unit("z3", "zh-Hans", 400));
        List<SentenceAligner.Link> links = aligner.align(english, chinese);
        assertThat(links).extracting(SentenceAligner.Link::a).containsExactly(List.of("e0"), List.of("e1"), List.of("e2"));
        assertThat(links.get(1).b()).containsExactly("z1");
        assertThat(links).allSatisfy(l -> assertThat(l.score()).isBetween(0.0, 1.0));
    }

    @Test
    void unrelatedTextsGetNoLinks() {
        List<AlignmentUnit> english = List.of(unit("e0", "en", 100, "bedrock"), unit("e1", "en", 80));
        List<AlignmentUnit> korean = List.of(unit("k0", "ko", 40, "alexa"), unit("k1", "ko", 300));
        assertThat(aligner.align(english, korean)).isEmpty();
    }

    @Test
    void textsBeyondTheOldCellLimitAreAlignedToo() {
        // 1,999 × 1,999 units was the most the full table took (4,000,000 cells with the borders); one more sentence
        // and the pair was refused. The sparse programme has no such limit: the excerpt is found at 3,000 × 3,000.
        List<AlignmentUnit> english = new ArrayList<>();
        List<AlignmentUnit> korean = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            english.add(unit("e" + i, "en", 90));
            korean.add(unit("k" + i, "ko", 150));
        }
        english.set(2000, unit("e2000", "en", 100, "bedrock"));
        english.set(2001, unit("e2001", "en", 80, "sagemaker"));
        english.set(2002, unit("e2002", "en", 120, "trainium"));
        korean.set(10, unit("k10", "ko", 100, "bedrock"));
        korean.set(11, unit("k11", "ko", 78, "sagemaker"));
        korean.set(12, unit("k12", "ko", 118, "trainium"));
        assertThat((long) (english.size() + 1) * (korean.size() + 1)).isGreaterThan(SentenceAligner.MAX_CELLS);
        assertThat(aligner.align(english, korean)).extracting(SentenceAligner.Link::a, SentenceAligner.Link::b)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("e2000"), List.of("k10")),
                        org.assertj.core.groups.Tuple.tuple(List.of("e2001"), List.of("k11")),
                        org.assertj.core.groups.Tuple.tuple(List.of("e2002"), List.of("k12")));
    }

    @Test
    void aPairWithMoreLinkCellsThanTheLimitIsNotAligned() {
        // Every sentence names AWS on both sides: every cell is a link cell, and most are kept.
        List<AlignmentUnit> english = new ArrayList<>();
        List<AlignmentUnit> korean = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            english.add(unit("e" + i, "en", 100, "aws"));
            korean.add(unit("k" + i, "ko", 100, "aws"));
        }
        assertThat(new SentenceAligner(0.45, 10_000).align(english, korean)).hasSize(30);
        assertThat(new SentenceAligner(0.45, 100).align(english, korean)).isEmpty();
    }

    @Test
    void textsThatShareNoAnchorsAreNotWorthAligningAndThreeLinksNeedTwoBeads() {
        List<AlignmentUnit> english = List.of(unit("e0", "en", 100, "bedrock"), unit("e1", "en", 80, "sagemaker"),
                unit("e2", "en", 120, "trainium"));
        List<AlignmentUnit> other = List.of(unit("k0", "ko", 100, "alexa"), unit("k1", "ko", 78, "kuiper"));
        assertThat(aligner.worthAligning(english, other, 3)).isFalse();
        List<AlignmentUnit> oneShared = List.of(unit("k0", "ko", 100, "bedrock"), unit("k1", "ko", 78, "kuiper"));
        assertThat(aligner.worthAligning(english, oneShared, 1)).isTrue();
        assertThat(aligner.worthAligning(english, oneShared, 2)).isFalse();
        List<AlignmentUnit> twoShared = List.of(unit("k0", "ko", 100, "bedrock"), unit("k1", "ko", 78, "trainium"));
        assertThat(aligner.worthAligning(english, twoShared, 3)).isTrue();
        // Sentences with no anchors at all may pair on length alone.
        assertThat(aligner.worthAligning(english, List.of(unit("k0", "ko", 100), unit("k1", "ko", 80)), 3)).isTrue();
    }
}
