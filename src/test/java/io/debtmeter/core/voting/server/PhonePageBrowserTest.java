package io.debtmeter.core.voting.server;

import io.debtmeter.core.voting.VotingChoice;
import io.debtmeter.core.voting.VotingCode;
import io.debtmeter.core.voting.VotingPin;
import io.debtmeter.core.voting.VotingRoom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The phone page in a real browser: Debian's headless Chromium, emulating a 360 × 780 phone at device
 * scale 2, driven by its own chromedriver (Selenium Manager never downloads one). One browser for the
 * class, as starting it is the slow part; each test has its own room and server.
 */
class PhonePageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private static ChromeDriverService service;
    private static ChromeDriver browser;
    private static Path profile;

    private VotingRoom room;
    private VotingServer server;

    @BeforeAll
    static void startBrowser() throws IOException {
        for (Path program : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(program)) {
                fail(program + " is missing: the browser tests need Debian's chromium and chromium-driver"
                        + " packages, which .ci/run installs (apt-get install chromium chromium-driver)");
            }
        }
        profile = Files.createTempDirectory("debtmeter-chromium-");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        options.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", 360, "height", 780, "pixelRatio", 2.0, "touch", true)));
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private void open(VotingPin pin) throws IOException {
        room = new VotingRoom(pin);
        server = VotingServer.start(room, VotingCode.random(), InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
        room.show(TestItems.item(1));
        browser.get(server.address().toString());
    }

    @AfterEach
    void closeServer() {
        if (server != null) {
            server.close();
        }
    }

    private static void await(ExpectedCondition<Boolean> condition) {
        new WebDriverWait(browser, PATIENCE, Duration.ofMillis(10)).until(condition);
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static WebElement card(String key) {
        return browser.findElement(By.cssSelector(".card[data-key='" + key + "']"));
    }

    private static void awaitText(String id, String expected) {
        await(driver -> text(id).contains(expected));
    }

    @Test
    void showsTheItemTakesATapAndAChangeOfMind() throws IOException {
        open(VotingPin.none());

        awaitText("title", "Practice number 1");
        assertThat(text("position")).isEqualTo("Item 1 of 30");
        assertThat(text("question")).isEqualTo("How does the team handle practice 1 today?");
        assertThat(browser.findElements(By.cssSelector("#choices .card"))).hasSize(4);
        assertThat(browser.findElements(By.cssSelector("#asides .card"))).extracting(WebElement::getText)
                .containsExactly("N/A", "Don't know");
        for (WebElement card : browser.findElements(By.cssSelector(".card"))) {
            assertThat(card.getSize().getHeight()).as("a touch target of at least 48 px").isGreaterThanOrEqualTo(48);
        }
        assertThat(browser.findElement(By.id("name-input")).getSize().getHeight()).isGreaterThanOrEqualTo(48);
        assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth")).intValue())
                .as("nothing wider than the phone").isLessThanOrEqualTo(360);

        browser.findElement(By.id("name-input")).sendKeys("Ada");
        card("2").click();
        awaitText("status", "Your vote: 2 — Written rule · you can change it until the reveal");
        assertThat(card("2").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(room.state().voted()).isEqualTo(1);
        saveScreenshot("phone-light.png");

        card("3").click();
        awaitText("status", "Your vote: 3 — Automated");
        assertThat(card("2").getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(room.state().voted()).as("a changed vote, not a second one").isEqualTo(1);

        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            await(driver -> Boolean.TRUE.equals(browser.executeScript(
                    "return matchMedia('(prefers-color-scheme: dark)').matches")));
            saveScreenshot("phone-dark.png");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }

        // A name changed after voting is sent with the vote given, once the field loses focus.
        long before = room.state().version();
        WebElement name = browser.findElement(By.id("name-input"));
        name.clear();
        name.sendKeys("Ada Lovelace");
        browser.findElement(By.id("question")).click();
        await(driver -> room.state().version() > before);

        assertThat(room.reveal().orElseThrow().counts()).isEqualTo(Map.of("3", 1));
        assertThat(room.state().revealed().orElseThrow().names()).isEqualTo(Map.of("3", List.of("Ada Lovelace")));
    }

    @Test
    void followsTheFacilitatorToEachNewItemAndClearsTheChoice() throws IOException {
        open(VotingPin.none());
        awaitText("title", "Practice number 1");
        card("1").click();
        awaitText("status", "Your vote: 1");

        List<Long> millis = new ArrayList<>();
        for (int i = 2; i <= 11; i++) {
            String title = "Practice number " + i;
            long shown = System.nanoTime();
            room.show(TestItems.item(i));
            await(driver -> text("title").equals(title));
            millis.add(Duration.ofNanos(System.nanoTime() - shown).toMillis());
            assertThat(browser.findElements(By.cssSelector(".card[aria-pressed='true']"))).as("no choice yet").isEmpty();
            assertThat(text("status")).isEmpty();
        }

        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("Phone page follows room.show() in min %d ms, median %d ms, max %d ms (10 moves: %s)%n",
                sorted.getFirst(), (sorted.get(4) + sorted.get(5)) / 2, sorted.getLast(), millis);
        assertThat(sorted.getLast()).as("liveness only").isLessThan(PATIENCE.toMillis());
    }

    @Test
    void revealDisablesTheCards() throws IOException {
        open(VotingPin.none());
        awaitText("title", "Practice number 1");
        card(VotingChoice.DONT_KNOW).click();
        awaitText("status", "Your vote: Don't know");

        room.reveal();

        awaitText("revealed", "Votes revealed — look at the screen");
        for (WebElement card : browser.findElements(By.cssSelector(".card"))) {
            assertThat(card.isEnabled()).isFalse();
        }
        saveScreenshot("phone-revealed.png");
        card("2").click();
        assertThat(room.state().revealed().orElseThrow().counts()).isEqualTo(Map.of(VotingChoice.DONT_KNOW, 1));
    }

    @Test
    void aPinIsAskedFirstAWrongOneIsSaidSoAndTheRightOneVotes() throws IOException {
        open(new VotingPin(Optional.of("4821")));

        await(driver -> browser.findElement(By.id("pin-input")).isDisplayed());
        assertThat(browser.findElement(By.id("pin-input")).getAttribute("inputmode")).isEqualTo("numeric");
        assertThat(browser.findElement(By.id("item")).isDisplayed()).isFalse();

        browser.findElement(By.id("pin-input")).sendKeys("1111");
        browser.findElement(By.cssSelector("#pin-form button")).click();
        awaitText("title", "Practice number 1");
        card("2").click();
        awaitText("pin-error", "Wrong PIN");
        assertThat(room.state().voted()).isZero();
        saveScreenshot("phone-pin.png");

        browser.findElement(By.id("pin-input")).sendKeys("4821");
        browser.findElement(By.cssSelector("#pin-form button")).click();

        awaitText("status", "Your vote: 2 — Written rule");
        assertThat(room.state().voted()).isEqualTo(1);
    }

    @Test
    void saysVotingHasEndedWhenTheServerCloses() throws IOException {
        open(VotingPin.none());
        awaitText("title", "Practice number 1");

        server.close();

        awaitText("ended", "Voting has ended. Thank you!");
        assertThat(browser.findElement(By.id("item")).isDisplayed()).isFalse();
    }

    @Test
    void aPageOpenedAfterVotingClosedSaysSo() throws IOException {
        open(VotingPin.none());
        awaitText("title", "Practice number 1");
        room.close();
        awaitText("ended", "Voting has ended. Thank you!");

        browser.navigate().refresh();

        awaitText("ended", "Voting has ended. Thank you!");
    }

    @Test
    void aLostNetworkIsSaidPlainlyAndTheNextTapGoesThrough() throws IOException {
        open(VotingPin.none());
        awaitText("title", "Practice number 1");
        browser.executeCdpCommand("Network.enable", Map.of());
        try {
            setOffline(true);
            card("1").click();
            awaitText("status", "Could not reach the laptop — check your Wi-Fi and tap again.");
            assertThat(room.state().voted()).isZero();
        } finally {
            setOffline(false);
        }

        card("1").click();

        awaitText("status", "Your vote: 1 — Ad hoc");
        assertThat(room.state().voted()).isEqualTo(1);
    }

    private static void setOffline(boolean offline) {
        browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of(
                "offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private static void saveScreenshot(String name) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        double height = Math.max(780, ((Number) content.get("height")).doubleValue());
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", 360, "height", height, "scale", 1)));
        Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
