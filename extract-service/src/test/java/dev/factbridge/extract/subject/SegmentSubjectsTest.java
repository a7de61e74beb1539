package dev.factbridge.extract.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factbridge.language.WordListException;
import dev.factbridge.language.WordListFile;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The subjects segments are named by in facts ({@code segment-subjects.tsv}). */
class SegmentSubjectsTest {
    private static Map<String, String> read(String rows) {
        return SubjectResolver.segmentSubjects(WordListFile.read(new StringReader(
                "#version\t1\n# test\n#columns\tsegment\tsubject\n" + rows), "segment-subjects.tsv", "segment",
                "subject"));
    }

    @Test
    void aSegmentIsNamedAsTheFactModelNamesIt() {
        assertThat(read("North America\tAmazon North America segment\n"))
                .containsExactly(Map.entry("North America", "Amazon North America segment"));
    }

    @Test
    void aSegmentListedTwiceIsRefused() {
        assertThatThrownBy(() -> read("North America\tAmazon North America segment\nNorth America\tAmazon NA\n"))
                .isInstanceOf(WordListException.class)
                .hasMessage("segment-subjects.tsv:5: segment 'North America' is listed twice");
    }
}
