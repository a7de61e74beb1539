package dev.factbridge.search.indexing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.factbridge.events.EventJson;
import dev.factbridge.search.SearchTestResource;
import dev.factbridge.search.TestDocuments;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several documents in one batch, more operations than one bulk request takes, in the real Elasticsearch. */
@QuarkusTest
@QuarkusTestResource(value = SearchTestResource.class, restrictToAnnotatedClass = true)
class DocumentBatchTest {
    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void aBatchGoesOutInSeveralConcurrentBulksAndTheLaterVersionOfADocIdWins() {
        String longFiling = "3".repeat(64);
        String revised = "5".repeat(64);
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 4500; i++) {
            sentences.add("Segment " + i + " of the long filing lists nothing new.");
        }
        // 4,503 operations: three bulk requests of at most 2,000, two in flight.
        connector.source("analyzed").send(List.of(
                EventJson.toBytes(TestDocuments.of(revised, "revised.txt", "en", List.of("First wording alpha."), List.of())),
                EventJson.toBytes(TestDocuments.of(longFiling, "long.txt", "en", sentences, List.of())),
                EventJson.toBytes(TestDocuments.of(revised, "revised.txt", "en", List.of("Second wording omega."), List.of()))));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> search("filing", longFiling).statusCode(200)
                .body("total", equalTo(4500)));
        given().header("X-API-Key", SearchTestResource.API_KEY).when().get("/api/documents/" + longFiling).then()
                .statusCode(200).body("segmentCount", equalTo(4500));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> search("omega", null).statusCode(200)
                .body("hits.docId", hasItem(revised)));
        search("alpha", null).statusCode(200).body("total", equalTo(0));
    }

    private static ValidatableResponse search(String q, String docId) {
        var request = given().header("X-API-Key", SearchTestResource.API_KEY).queryParam("q", q);
        if (docId != null) {
            request = request.queryParam("docId", docId);
        }
        return request.when().get("/api/search").then();
    }
}
