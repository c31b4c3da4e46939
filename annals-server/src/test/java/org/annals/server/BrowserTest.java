package org.annals.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.annals.store.StoreLocation;
import org.annals.store.TestArticles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The pages in Debian's headless Chromium (installed by {@code .ci/run}; skipped, saying so, where
 * /usr/bin/chromium or /usr/bin/chromedriver is missing). Screenshots go to target/screenshots.
 */
class BrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir
  static Path dir;
  static AnnalsServer server;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
    Path db = dir.resolve("b.db");
    TestArticles.store(db, TestArticles.allAnd(TestArticles.hostile()));
    server = AnnalsServer.start(StoreLocation.of(db), new AnnalsServer.Options("127.0.0.1", 0, null, 1 << 20), () -> {
      throw new IllegalStateException("no models here");
    });
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,900",
        "--user-data-dir=" + dir.resolve("profile"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static String base() {
    return "http://127.0.0.1:" + server.port();
  }

  private static void shot(String name) throws Exception {
    File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Types the words into a search box and presses Enter, which submits its form: the key press
   * returns before the results page has loaded, so this waits for it.
   */
  private void searchFrom(WebElement box, String words) {
    box.sendKeys(words, Keys.ENTER);
    new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/search?q="));
  }

  @Test
  void fromSearchToEventToArticleAndBack() throws Exception {
    browser.get(base() + "/");
    // the offline world map: country shapes from the server itself, places drawn over them
    assertThat(browser.findElements(By.cssSelector("figure.map svg circle.point"))).isNotEmpty();
    Object mapLoaded = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
        + "fetch('/static/world.svg').then(r => r.text()).then(t => done((t.match(/<path/g) || []).length));");
    assertThat(((Number) mapLoaded).intValue()).isGreaterThan(150);
    shot("home");
    searchFrom(browser.findElement(By.id("q")), "ceasefire");
    assertThat(browser.getCurrentUrl()).contains("/search?q=ceasefire");
    assertThat(browser.findElements(By.cssSelector("ol.hits li mark"))).isNotEmpty();
    shot("search");

    browser.get(base() + "/events");
    browser.findElement(By.cssSelector("table.events tbody tr td:nth-child(2) a")).click();
    assertThat(browser.getCurrentUrl()).contains("/events/");
    assertThat(browser.findElements(By.cssSelector("ol.reports mark.event"))).isNotEmpty();
    shot("event");

    String eventUrl = browser.getCurrentUrl();
    browser.findElement(By.cssSelector("ol.reports li p.meta a")).click();
    assertThat(browser.getCurrentUrl()).contains("/articles/");
    List<WebElement> marks = browser.findElements(By.cssSelector("div.text mark"));
    assertThat(marks).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("div.text mark.event"))).isNotEmpty();
    shot("article");
    browser.navigate().back();
    assertThat(browser.getCurrentUrl()).isEqualTo(eventUrl);
  }

  @Test
  void hostileArticleTextIsShownAsTextAndRunsNothing() throws Exception {
    browser.get(base() + "/articles");
    browser.findElement(By.partialLinkText("hostile-1")).click();
    String text = browser.findElement(By.cssSelector("div.text")).getText();
    assertThat(text).contains("<script>alert('x')</script>").contains("\"><img src=x onerror=alert(1)>");
    assertThat(browser.findElements(By.cssSelector("div.text img"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("div.text script"))).isEmpty();
    shot("hostile");
  }

  @Test
  void quotesAndTimesAreMarkedInTheTextQuotesWithTheirSpeaker() throws Exception {
    browser.get(base() + "/articles");
    browser.findElement(By.partialLinkText("Drones hit Kyiv")).click();
    WebElement quote = browser.findElement(By.cssSelector("div.text span.quote"));
    assertThat(quote.getText()).isEqualTo("Russia wants war");
    WebElement speaker = browser.findElement(By.cssSelector("div.text small.speaker a"));
    assertThat(speaker.getText()).isEqualTo("Volodymyr Zelensky");
    assertThat(browser.findElement(By.cssSelector("div.text mark.time")).getText()).isEqualTo("Sunday 2025-06-01");
    speaker.click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Zelensky");
  }

  @Test
  void keyboardAloneReachesSearchAndFollowsALink() throws Exception {
    browser.get(base() + "/");
    var body = browser.findElement(By.tagName("body"));
    body.sendKeys(Keys.TAB);
    WebElement first = browser.switchTo().activeElement();
    assertThat(first.getText()).isEqualTo("Annals");
    // tab on until the search box has focus, type and submit without the mouse
    for (int i = 0; i < 10 && !"q".equals(browser.switchTo().activeElement().getAttribute("id")); i++) {
      browser.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
    searchFrom(browser.switchTo().activeElement(), "Kyiv");
    assertThat(browser.getCurrentUrl()).contains("/search?q=Kyiv");
    // the focus ring is visible: an outline on the focused link
    browser.switchTo().activeElement().sendKeys(Keys.TAB);
    Object outline = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "return getComputedStyle(document.activeElement).outlineStyle;");
    assertThat(outline).isNotEqualTo("none");
  }

  @Test
  void everyPageFitsAPhoneScreenWithoutSidewaysScrolling() throws Exception {
    org.openqa.selenium.Dimension laptop = browser.manage().window().getSize();
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      for (String path : List.of("/", "/search?q=Kyiv", "/events", "/stories", "/articles", "/entities/Zelensky")) {
        browser.get(base() + path);
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as(path).isLessThanOrEqualTo(0);
      }
      browser.get(base() + "/articles");
      browser.findElement(By.partialLinkText("Drones hit Kyiv")).click();
      Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(((Number) overflow).intValue()).as("article").isLessThanOrEqualTo(0);
      shot("phone-article");
      browser.get(base() + "/entities/Zelensky");
      shot("phone-entity");
    } finally {
      browser.manage().window().setSize(laptop);
    }
  }

  @Test
  void storyAndEntityPagesDrawTheirTimelines() throws Exception {
    browser.get(base() + "/stories");
    browser.findElement(By.cssSelector("ol.stories li a")).click();
    assertThat(browser.getCurrentUrl()).contains("/stories/");
    shot("story");
    browser.get(base() + "/entities/Zelensky");
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Zelensky");
    assertThat(browser.findElements(By.cssSelector("figure.chart svg rect.bar"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("figure.map svg circle.point"))).isNotEmpty(); // Kyiv
    shot("entity");
  }
}
