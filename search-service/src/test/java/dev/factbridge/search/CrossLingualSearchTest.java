package dev.factbridge.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.factbridge.events.Alignment;
import dev.factbridge.events.EventJson;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Glossary expansion, number normalization and cross-document aligned passages against the real Elasticsearch. */
@QuarkusTest
@QuarkusTestResource(value = SearchTestResource.class, restrictToAnnotatedClass = true)
class CrossLingualSearchTest {
    static final String LETTER_KO = "3".repeat(64);
    static final String LETTER_EN = "4".repeat(64);
    static final String KO_AWS = "AWS 매출이 전년 대비 13% 증가한 800억 달러에서 910억 달러로 집계되었습니다.";
    static final String KO_KUIPER = "10월에는 두 개의 프로토타입 위성을 우주로 발사했습니다.";
    static final String EN_KUIPER = "In October, we launched two prototype satellites into space.";

    @Inject
    @Any
    InMemoryConnector connector;

    private static boolean sent;

    @BeforeEach
    void indexALetterAndItsTranslationOnce() {
        if (sent) {
            return;
        }
        sent = true;
        connector.source("analyzed").send(List.of(EventJson.toBytes(TestDocuments.of(LETTER_KO, "letter-ko.txt", "ko",
                List.of(KO_AWS, KO_KUIPER), List.of()))));
        // The translation is analyzed later, so it carries the link: its s1 translates the Korean s1.
        connector.source("analyzed").send(List.of(EventJson.toBytes(TestDocuments.of(LETTER_EN, "letter-en.txt", "en",
                List.of("Our stores business grew.", EN_KUIPER),
                List.of(new Alignment(List.of("s1"), List.of("s1"), 0.9, LETTER_KO))))));
    }

    private static ValidatableResponse search(String q) {
        return given().header("X-API-Key", SearchTestResource.API_KEY).queryParam("q", q)
                .when().get("/api/search").then();
    }

    @Test
    void anEnglishQueryFindsTheKoreanSentenceThroughGlossaryAndNumbers() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> search("AWS revenue 91 billion")
                .statusCode(200)
                .body("query.lang", equalTo("en"))
                .body("query.terms.canonical", contains("AWS", "revenue"))
                .body("query.numbers", contains("91000000000"))
                .body("hits[0].docId", equalTo(LETTER_KO))
                .body("hits[0].segmentId", equalTo("s0"))
                .body("hits[0].highlight", containsString("<mark>매출</mark>")));
    }

    @Test
    void aFigureAloneMeetsItsOtherNotation() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> search("$91B")
                .statusCode(200).body("hits[0].docId", equalTo(LETTER_KO)).body("total", equalTo(1)));
    }

    @Test
    void crossDocumentAlignmentsShowFromBothSides() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> search("위성 발사")
                .statusCode(200)
                .body("hits[0].docId", equalTo(LETTER_KO))
                .body("hits[0].aligned.docId", contains(LETTER_EN))
                .body("hits[0].aligned.text", contains(EN_KUIPER)));
        search("prototype satellites").statusCode(200)
                .body("hits[0].docId", equalTo(LETTER_EN))
                .body("hits[0].aligned.segmentId", contains("s1"))
                .body("hits[0].aligned.text", hasItem(KO_KUIPER))
                .body("hits[0].aligned.lang", contains("ko"));
    }

    @Test
    void querySyntaxIsJustText() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> search("매출) OR (*:* AND _exists_:text_en")
                .statusCode(200).body("hits[0].docId", equalTo(LETTER_KO)));
    }
}
