package vn.tochuc;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests, started with explicit binary and driver paths so Selenium
 * Manager never runs. Tests call {@link #available()} in {@code @EnabledIf}; with
 * {@code -Dtochuc.require-browser=true} (as in CI) a missing browser fails instead of skipping.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final Path profile;
    private final String base;

    public Browser(int port) throws IOException {
        this.profile = Files.createTempDirectory("chromium-profile");
        this.base = "http://localhost:" + port;
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--window-size=1280,900",
                "--lang=vi");
        ChromeDriverService s = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(s, o);
    }

    /** True when Chromium is installed; when it is not and the build requires it, fails loudly. */
    public static boolean available() {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present && Boolean.getBoolean("tochuc.require-browser")) {
            throw new IllegalStateException("Browser tests are required (tochuc.require-browser=true) but " + CHROMIUM
                    + " or " + CHROMEDRIVER + " is missing");
        }
        return present;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /**
     * Waits up to 20 s; on timeout the message carries the URL and the page source. An element that htmx swapped out
     * between the condition's find and its read (a stale element) means "not yet", so the condition is asked again.
     */
    public <T> T await(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .until(condition::apply);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out at " + driver.getCurrentUrl() + "\n" + driver.getPageSource(), e);
        }
    }

    /**
     * Waits until the page holding {@code element} has been replaced (after a click that navigates). Chromium
     * reports a replaced page either as a stale element or, mid-navigation, as a node that no longer belongs to
     * the document; both mean the old page is gone.
     */
    public void awaitReplaced(WebElement element) {
        await(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    public void login(String username, String password) {
        open("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        find("#login-submit").click();
        await(d -> !d.getCurrentUrl().contains("/login"));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
