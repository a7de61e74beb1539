package dev.factbridge.search.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import dev.factbridge.entity.EntityIds;
import dev.factbridge.entity.EntityType;
import dev.factbridge.events.Alignment;
import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Fact;
import dev.factbridge.events.Hashing;
import dev.factbridge.events.LanguageShare;
import dev.factbridge.events.Segment;
import dev.factbridge.search.SearchTestResource;
import dev.factbridge.search.TestDocuments;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page at {@code /}, end to end: real Elasticsearch behind the API, real headless Chromium (Debian's
 * {@code chromium} and {@code chromium-driver}) driven by Selenium. Documents and facts arrive through the
 * in-memory {@code analyzed} and {@code facts} channels, as the pipeline would send them.
 */
@QuarkusTest
@QuarkusTestResource(value = SearchTestResource.class, restrictToAnnotatedClass = true)
class WebPageTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** The Korean shareholder letter (corpus 000): AWS revenue in Korean, with the Latin token "AWS". */
    static final String KO_DOC = Hashing.sha256Hex("web-page-test: corpus 000, Korean shareholder letter");
    static final List<String> KO_SENTENCES = List.of(
            "2023년 아마존의 총 매출은 전년 대비 12% 성장한 5,140억 달러에서 5,750억 달러로 증가했습니다.",
            "부문별로는 북미 매출이 전년 대비 12% 증가한 3,160억 달러에서 3,530억 달러, 해외 매출이 전년 대비 11% 증가한 "
                    + "1,180억 달러에서 1,310억 달러, AWS 매출이 전년 대비 13% 증가한 800억 달러에서 910억 달러로 집계되었습니다.");

    /** The earnings call (corpus 002): English lines each followed by their Traditional-Chinese translation. */
    static final String CALL_DOC = Hashing.sha256Hex("web-page-test: corpus 002, Q2 2023 earnings call");
    static final List<String> CALL_SENTENCES = List.of(
            "在 2023 年第二季度財務業績電話會議上,亞馬遜公佈的收入為 1344 億美元,營業收入為 77 億美元,超出了其指導範圍。",
            "Thank you, Dave. Good afternoon, everyone, and thanks for joining us. Today, we are reporting $134.4 billion "
                    + "in revenue and $7.7 billion in operating income, both of which exceeded the top end of our guidance ranges.",
            "謝謝你,戴夫。大家下午好,感謝大家的參與。今天,我們報告的收入為 1,344 億美元,營業收入為 77 億美元,均超出了我們預期的最高水準。",
            "As a result, we've seen AWS' revenue growth rate stabilize during Q2 where we've reported 12% year-over-year growth.",
            "因此,我們看到 AWS 的營收成長率在第二季趨於穩定,我們報告稱其同比增長了 12%。");
    static final List<String> CALL_LANGS = List.of("zh-Hant", "en", "zh-Hant", "en", "zh-Hant");

    /** Amazon's CEO named in Korean and in English: one person, two surfaces, for the entity views. */
    static final String ENTITY_DOC = Hashing.sha256Hex("web-page-test: Andy Jassy in Korean and English");
    static final String ENTITY_FILE = "entities_ko_en.txt";
    static final List<String> ENTITY_SENTENCES = List.of(
            "아마존의 CEO 앤디 재시는 AWS 매출이 13% 증가했다고 밝혔다.",
            "Amazon CEO Andy Jassy said AWS revenue grew 13%.");
    static final String JASSY = EntityIds.of(EntityType.PERSON, "Andy Jassy");

    static WebDriver driver;
    static WebDriverWait wait;
    private static boolean sent;

    @Inject
    @Any
    InMemoryConnector connector;

    @BeforeAll
    static void startChromium() throws IOException {
        // No skipping: without the browser this test fails and says what to install.
        assertThat(Files.isExecutable(CHROMIUM))
                .as("%s is missing: apt-get install -y chromium chromium-driver", CHROMIUM).isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER))
                .as("%s is missing: apt-get install -y chromium chromium-driver", CHROMEDRIVER).isTrue();
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--lang=en-US", "--no-first-run", "--disable-extensions");
        // Both paths are explicit, so Selenium Manager never runs (and never downloads anything).
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopChromium() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void sendDocumentsAndFactsOnce() {
        if (sent) {
            return;
        }
        sent = true;
        AnalyzedDocument letter = TestDocuments.of(KO_DOC, "000_808c9fe1545d93d0.txt", KO_SENTENCES,
                KO_SENTENCES.stream().map(s -> "ko").toList(), List.of(new LanguageShare("ko", 1.0)), List.of());
        AnalyzedDocument call = TestDocuments.of(CALL_DOC, "002_423ac847e7426145.txt", CALL_SENTENCES, CALL_LANGS,
                List.of(new LanguageShare("en", 0.55), new LanguageShare("zh-Hant", 0.45)),
                List.of(Alignment.withinDocument(List.of("s1"), List.of("s2"), 0.93),
                        Alignment.withinDocument(List.of("s3"), List.of("s4"), 0.91)));
        AnalyzedDocument named = TestDocuments.of(ENTITY_DOC, ENTITY_FILE, ENTITY_SENTENCES, List.of("ko", "en"),
                List.of());
        connector.source("analyzed").send(List.of(EventJson.toBytes(letter), EventJson.toBytes(call),
                EventJson.toBytes(named)));

        // The same figure in two languages (three attestations), and the Korean AWS figures.
        sendFact(call, "s1", "$134.4 billion", "en", "Amazon", "revenue", 134_400_000_000d, "Q2 2023", "default");
        sendFact(call, "s2", "1,344 億美元", "zh-Hant", "Amazon", "revenue", 134_400_000_000d, "Q2 2023", null);
        sendFact(call, "s0", "1344 億美元", "zh-Hant", "Amazon", "revenue", 134_400_000_000d, "Q2 2023", null);
        sendFact(letter, "s1", "910억 달러", "ko", "AWS", "revenue", 91_000_000_000d, "FY2023", "default");
        sendFact(letter, "s1", "800억 달러", "ko", "AWS", "revenue", 80_000_000_000d, "FY2022", "default");
    }

    private void sendFact(AnalyzedDocument doc, String segmentId, String quote, String lang, String subject,
            String metric, double value, String period, String unitBasis) {
        Segment segment = doc.segments().stream().filter(s -> s.segmentId().equals(segmentId)).findFirst().orElseThrow();
        int start = doc.text().indexOf(quote, segment.start());
        assertThat(start).as("quote %s in %s", quote, segmentId).isBetween(segment.start(), segment.end());
        int end = start + quote.length();
        String factId = Hashing.sha256Hex(doc.docId() + ":" + start + ":" + end + ":" + metric);
        connector.source("facts").send(List.of(EventJson.toBytes(new Fact(Fact.SCHEMA_VERSION, factId, doc.docId(),
                doc.fileName(), lang, quote, start, end, segmentId, subject, metric, value, null, "USD", period, null,
                0.9, "web-page-test/1", unitBasis))));
    }

    @Test
    void pageAndAssetsAreServedWithoutAKey() {
        given().when().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<script src=\"app.js\" defer></script>"));
        given().when().get("/app.js").then().statusCode(200).body(containsString("X-API-Key"));
        given().when().get("/app.css").then().statusCode(200);
        given().when().get("/api/search?q=AWS").then().statusCode(401);
    }

    @Test
    void searchFactsAndDocumentsInChromium() throws IOException {
        waitUntilIndexed();
        driver.get("http://127.0.0.1:" + RestAssured.port + "/");
        wait.until(ExpectedConditions.titleIs("Factbridge search"));

        // A wrong key gets a clear message, not an empty page.
        driver.findElement(By.id("api-key")).sendKeys("not-the-key");
        driver.findElement(By.cssSelector("#key-form button[type=submit]")).click();
        driver.findElement(By.id("q")).sendKeys("AWS revenue", Keys.ENTER);
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        wait.until(ExpectedConditions.textToBePresentInElement(error, "The API key was refused"));
        assertThat(error.getText()).contains("the API key is not valid");
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("api-key");

        // The right key re-runs the search.
        driver.findElement(By.id("api-key")).sendKeys(SearchTestResource.API_KEY, Keys.ENTER);
        WebElement korean = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("li.hit[data-doc-id='" + KO_DOC + "'][data-segment-id='s1']")));
        assertThat(driver.findElement(By.id("error")).isDisplayed()).isFalse();
        WebElement koText = korean.findElement(By.cssSelector(".passage:not(.aligned) .passage-text"));
        assertThat(koText.getDomAttribute("lang")).isEqualTo("ko");
        assertThat(koText.getText()).contains("AWS 매출이 전년 대비 13% 증가한 800억 달러에서 910억 달러로 집계되었습니다.");
        assertThat(koText.findElements(By.tagName("mark"))).extracting(WebElement::getText).contains("AWS");
        WebElement koBadge = korean.findElement(By.cssSelector(".passage:not(.aligned) .badge"));
        assertThat(koBadge.getDomAttribute("data-lang")).isEqualTo("ko");
        assertThat(koBadge.getText()).contains("KO");

        // The English call passage with its Traditional-Chinese translation beside it.
        WebElement english = driver.findElement(
                By.cssSelector("li.hit[data-doc-id='" + CALL_DOC + "'][data-segment-id='s3']"));
        WebElement enText = english.findElement(By.cssSelector(".passage:not(.aligned) .passage-text"));
        assertThat(enText.getDomAttribute("lang")).isEqualTo("en");
        assertThat(enText.getText()).contains("we've seen AWS' revenue growth rate stabilize during Q2");
        WebElement zhText = english.findElement(By.cssSelector(".passage.aligned .passage-text"));
        assertThat(zhText.getDomAttribute("lang")).isEqualTo("zh-Hant");
        assertThat(zhText.getText()).isEqualTo(CALL_SENTENCES.get(4));
        assertThat(zhText.getLocation().getX()).as("translation beside the passage")
                .isGreaterThan(enText.getLocation().getX() + enText.getSize().getWidth() - 1);
        assertThat(Math.abs(zhText.getLocation().getY() - enText.getLocation().getY())).isLessThan(10);
        assertThat(driver.findElement(By.id("status")).getText()).contains("passages").contains("AWS revenue");
        assertThat(driver.findElement(By.id("status")).getDomAttribute("aria-live")).isEqualTo("polite");
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", korean);
        screenshot("search-results.png");

        // Facts: the revenue figure stated in English and twice in Traditional Chinese, one consolidated row.
        WebElement fact = wait.until(d -> d.findElements(By.cssSelector("#facts-body tr.fact")).stream()
                .filter(row -> row.findElement(By.cssSelector("td.value")).getText().startsWith("USD 134.4 billion"))
                .findFirst().orElse(null));
        assertThat(fact.findElement(By.cssSelector("td.period")).getText()).isEqualTo("Q2 2023");
        assertThat(fact.findElement(By.cssSelector("th .subject")).getText()).isEqualTo("Amazon");
        assertThat(fact.findElement(By.cssSelector("td.value data")).getDomAttribute("value"))
                .satisfies(v -> assertThat(Double.parseDouble(v)).isEqualTo(134_400_000_000d));
        assertThat(fact.findElements(By.cssSelector(".conflict"))).isEmpty();
        WebElement attestations = fact.findElement(By.cssSelector("ul.attestations"));
        assertThat(attestations.isDisplayed()).isFalse();
        fact.findElement(By.cssSelector("details.sources summary")).click();
        wait.until(ExpectedConditions.visibilityOf(attestations));
        List<WebElement> quotes = attestations.findElements(By.cssSelector("q.quote"));
        assertThat(quotes).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("$134.4 billion", "1,344 億美元", "1344 億美元");
        assertThat(quotes).extracting(q -> q.getDomAttribute("lang")).contains("en", "zh-Hant");
        assertThat(attestations.getText()).contains("002_423ac847e7426145.txt");
        // A quote whose currency symbol several currencies share says how its currency was decided.
        List<WebElement> sourceItems = attestations.findElements(By.cssSelector("li.attestation"));
        assertThat(sourceItems.stream().filter(li -> li.getText().contains("$134.4 billion")).findFirst().orElseThrow()
                .findElement(By.cssSelector(".unit-basis")).getText()).isEqualTo("(USD assumed)");
        assertThat(sourceItems.stream().filter(li -> li.getText().contains("1,344 億美元")).findFirst().orElseThrow()
                .findElements(By.cssSelector(".unit-basis"))).isEmpty();
        WebElement awsFact = driver.findElements(By.cssSelector("#facts-body tr.fact")).stream()
                .filter(row -> row.getText().contains("USD 91 billion")).findFirst().orElseThrow();
        assertThat(awsFact.findElement(By.cssSelector("td.period")).getText()).isEqualTo("FY2023");
        screenshot("fact-sources.png");

        // A source opens the document view at its quote.
        WebElement zhSource = attestations.findElements(By.cssSelector("li.attestation")).stream()
                .filter(li -> li.getText().contains("1,344 億美元")).findFirst().orElseThrow();
        zhSource.findElement(By.cssSelector("button.source-file")).click();
        WebElement view = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("document-view")));
        wait.until(ExpectedConditions.textToBe(By.id("doc-title"), "002_423ac847e7426145.txt"));
        assertThat(driver.findElement(By.id("results")).isDisplayed()).isFalse();
        assertThat(view.findElement(By.id("doc-languages")).getText()).contains("English").contains("55%")
                .contains("Chinese (Traditional)").contains("45%");
        WebElement target = view.findElement(By.cssSelector(".segment.target"));
        assertThat(target.getDomAttribute("id")).isEqualTo("seg-s2");
        assertThat(target.findElement(By.tagName("mark")).getText()).isEqualTo("1,344 億美元");
        assertThat(target.findElement(By.cssSelector(".passage-text")).getDomAttribute("lang")).isEqualTo("zh-Hant");
        assertThat(driver.switchTo().activeElement()).isEqualTo(target);
        // Aligned segments sit side by side: s1 (English) beside s2 (its translation).
        WebElement pairRow = view.findElement(By.cssSelector("#seg-s1")).findElement(By.xpath(".."));
        assertThat(pairRow.getDomAttribute("class")).contains("paired");
        assertThat(view.findElements(By.cssSelector("#doc-segments .segment"))).hasSize(CALL_SENTENCES.size());
        screenshot("document-view.png");

        // Back to the results (no new search), then the Korean hit's own document, by keyboard.
        driver.findElement(By.id("back")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
        WebElement open = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "li.hit[data-doc-id='" + KO_DOC + "'] button.open-document")));
        open.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("doc-title"), "000_808c9fe1545d93d0.txt"));
        WebElement koSegment = driver.findElement(By.cssSelector(".segment.target"));
        assertThat(koSegment.getDomAttribute("id")).isEqualTo("seg-s1");
        assertThat(koSegment.findElement(By.cssSelector(".passage-text")).getDomAttribute("lang")).isEqualTo("ko");
        assertThat(driver.findElement(By.id("doc-languages")).getText()).contains("Korean").contains("100%");
    }

    @Test
    void documentEntitiesAndTheEntityPanelInChromium() throws IOException {
        waitUntilIndexed();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .header("X-API-Key", SearchTestResource.API_KEY)
                .when().get("/api/documents/" + ENTITY_DOC).then().statusCode(200)
                .body("entities.name", hasItems("Andy Jassy", "Amazon")));
        String page = "http://127.0.0.1:" + RestAssured.port + "/";
        driver.get(page);
        wait.until(ExpectedConditions.titleIs("Factbridge search"));
        driver.findElement(By.id("api-key")).sendKeys(SearchTestResource.API_KEY, Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("key-state"), "A key is set for this tab."));

        // The document lists its entities by type: Andy Jassy among the people, named twice.
        ((JavascriptExecutor) driver).executeScript("window.location.hash = arguments[0]", "doc=" + ENTITY_DOC);
        wait.until(ExpectedConditions.textToBe(By.id("doc-title"), ENTITY_FILE));
        WebElement chip = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#doc-entities .entity-group[data-type='PERSON'] button.entity[data-entity-id='" + JASSY + "']")));
        assertThat(chip.getText()).contains("Andy Jassy").contains("PERSON");
        assertThat(chip.findElement(By.cssSelector(".entity-count")).getText()).isEqualTo("2");
        assertThat(chip.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(driver.findElements(By.cssSelector("#doc-entities .entity-group[data-type='ORG'] .entity-name")))
                .extracting(WebElement::getText).contains("Amazon");
        assertThat(driver.findElement(By.id("entity-panel")).isDisplayed()).isFalse();

        // The panel: canonical name, names per language, and the Korean mention of the English-named person.
        chip.click();
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entity-panel")));
        wait.until(ExpectedConditions.textToBe(By.id("entity-name"), "Andy Jassy"));
        WebElement koMention = wait.until(d -> d.findElements(By.cssSelector("#entity-panel .entity-mention")).stream()
                .filter(row -> row.getText().contains("앤디 재시")).findFirst().orElse(null));
        assertThat(koMention.findElement(By.cssSelector("q.quote")).getDomAttribute("lang")).isEqualTo("ko");
        assertThat(koMention.getText()).contains(ENTITY_FILE).contains("s0");
        assertThat(panel.findElements(By.cssSelector(".entity-mention"))).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).contains("Andy Jassy"));
        assertThat(panel.findElement(By.id("entity-type")).getText()).isEqualTo("PERSON");
        assertThat(panel.findElement(By.id("entity-names")).getText()).contains("ko: 앤디 재시").contains("en: Andy Jassy");
        assertThat(panel.findElement(By.id("entity-counts")).getText()).isEqualTo("2 mentions in 1 document");
        assertThat(chip.getDomAttribute("aria-expanded")).isEqualTo("true");
        screenshot("entity-panel.png");

        // A mention opens its passage; the panel stays, since the document still mentions the person.
        koMention.findElement(By.cssSelector("button.mention-source")).click();
        WebElement target = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".segment.target")));
        assertThat(target.getDomAttribute("id")).isEqualTo("seg-s0");
        assertThat(target.findElement(By.tagName("mark")).getText()).isEqualTo("앤디 재시");
        assertThat(driver.findElement(By.id("entity-panel")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("entity-name")).getText()).isEqualTo("Andy Jassy");

        // Amazon: mentioned in three documents and languages, the subject of the revenue fact.
        WebElement amazonChip = driver.findElements(By.cssSelector("#doc-entities button.entity")).stream()
                .filter(b -> b.findElement(By.cssSelector(".entity-name")).getText().equals("Amazon"))
                .findFirst().orElseThrow();
        amazonChip.click();
        wait.until(ExpectedConditions.textToBe(By.id("entity-name"), "Amazon"));
        WebElement amazonFact = wait.until(d -> d.findElements(By.cssSelector("#entity-facts-body tr.fact")).stream()
                .filter(row -> row.findElement(By.cssSelector("td.value")).getText().startsWith("USD 134.4 billion"))
                .findFirst().orElse(null));
        assertThat(amazonFact.findElement(By.cssSelector("td.period")).getText()).isEqualTo("Q2 2023");
        assertThat(driver.findElement(By.id("entity-names")).getText()).contains("ko: ").contains("아마존");

        // Passages mentioning Amazon, then only those that also mention Andy Jassy, then the filter removed.
        driver.findElement(By.id("entity-search")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entity-filter"), "Amazon"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "mentioning Amazon"));
        assertThat(driver.findElements(By.cssSelector("#hits li.hit")))
                .extracting(h -> h.getDomAttribute("data-doc-id")).contains(ENTITY_DOC, KO_DOC);
        WebElement jassyFacet = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#entity-facets button.entity-facet[data-entity-id='" + JASSY + "']")));
        jassyFacet.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "mentioning Andy Jassy"));
        assertThat(driver.findElement(By.id("entity-filter")).getText()).contains("Andy Jassy");
        assertThat(driver.findElements(By.cssSelector("#hits li.hit"))).isNotEmpty()
                .extracting(h -> h.getDomAttribute("data-doc-id")).containsOnly(ENTITY_DOC);
        screenshot("entity-filter.png");
        driver.findElement(By.cssSelector("#entity-filter button.remove-filter")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("entity-filter")));
        wait.until(d -> d.findElement(By.id("results")).getDomAttribute("aria-busy") == null);
        assertThat(driver.findElements(By.cssSelector("#hits li.hit")))
                .extracting(h -> h.getDomAttribute("data-doc-id")).contains(KO_DOC);
    }

    /** The API answers before the browser asks, so the page's first search sees everything. */
    private static void waitUntilIndexed() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .header("X-API-Key", SearchTestResource.API_KEY).queryParam("q", "AWS revenue")
                .when().get("/api/search").then().statusCode(200)
                .body("hits.docId", hasItem(KO_DOC)).body("hits.segmentId", hasItem("s3")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .header("X-API-Key", SearchTestResource.API_KEY).queryParam("q", "AWS revenue")
                .when().get("/api/facts").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(2))
                .body("facts.attestations.flatten().quote", hasItem("1,344 億美元")));
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name), png);
    }
}
