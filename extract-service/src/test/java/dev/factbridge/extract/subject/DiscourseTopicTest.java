package dev.factbridge.extract.subject;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.glossary.Glossary;
import org.junit.jupiter.api.Test;

class DiscourseTopicTest {
    private static final SubjectResolver SUBJECTS = new SubjectResolver(Glossary.standard());

    private static DiscourseTopic read(String... sentences) {
        DiscourseTopic topic = new DiscourseTopic();
        for (String s : sentences) {
            topic.read(s, SUBJECTS.subjectsIn(s));
        }
        return topic;
    }

    @Test
    void aMarkerBeforeANameAnnouncesTheTopic() {
        assertThat(read("Next, a few words about AWS.").topic()).isEqualTo("AWS");
        assertThat(read("Moving to the international segment.").topic()).isEqualTo("Amazon International segment");
        assertThat(read("And then on the -- Brian, on AWS, in the last 2 quarters you gave a look ahead.").topic())
                .isEqualTo("AWS");
        assertThat(read("Just on your Amazon Business question, Mark, the run rate is strong.").topic())
                .isEqualTo("Amazon Business");
        assertThat(read("然後,關於——Brian,關於 AWS,在過去兩個季度中").topic()).isEqualTo("AWS");
        assertThat(read("AWS의 경우 성장이 안정되었습니다.").topic()).isEqualTo("AWS");
        assertThat(read("Amazon Business, it's been a couple of years since you've talked about that.").topic())
                .isEqualTo("Amazon Business");
    }

    @Test
    void aNameWithoutAMarkerIsNoTopic() {
        assertThat(read("We launched new features for AWS and Alexa.").topic()).isNull();
        assertThat(read("Customers rely on AWS every day.").topic()).isNull();
    }

    @Test
    void theTopicLastsUntilAnotherMarkerOrAQuestion() {
        assertThat(read("Next, a few words about AWS.", "Revenue grew 12%.", "Margins improved.").topic())
                .isEqualTo("AWS");
        assertThat(read("Next, a few words about AWS.", "Next, let's turn to our capital investments.").topic())
                .isNull();
        assertThat(read("接下來,關於 AWS。", "接下來,讓我們來談談資本投資。").topic()).isNull();
        assertThat(read("Next, a few words about AWS.", "How do you think about the second half?").topic()).isNull();
    }
}
