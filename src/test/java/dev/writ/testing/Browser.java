package dev.writ.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium. Without Chromium the browser tests skip
 * with a message; in CI ({@code CI=true}) a missing browser fails them instead, so CI can
 * never pass by skipping.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));

	private static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

	private final WebDriver driver;

	private Browser(WebDriver driver) {
		this.driver = driver;
	}

	public static Browser open() {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
		if (!present && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true but Chromium is missing: install chromium and chromium-driver");
		}
		Assumptions.assumeTrue(present, "browser tests skipped: Chromium not found at " + CHROMIUM + " and " + DRIVER
				+ " (apt-get install chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
					"--window-size=1280,900");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return new Browser(driver);
	}

	/**
	 * Clicks a link or submit button and waits until the next page has replaced this one
	 * and finished loading. A bare click returns as soon as the event is dispatched, so
	 * reading the page right after it can meet the old page's elements going stale under
	 * the reader; and an element found while a page still loads can be swapped out before
	 * the click, so the button is found afresh when that happens.
	 */
	public static void follow(WebDriver page, By linkOrButton) {
		for (int attempt = 1;; attempt++) {
			try {
				follow(page, new WebDriverWait(page, Duration.ofSeconds(15))
					.until(ExpectedConditions.elementToBeClickable(linkOrButton)));
				return;
			}
			catch (StaleElementReferenceException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
			catch (WebDriverException ex) {
				if (attempt == 3 || !String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
					throw ex;
				}
			}
		}
	}

	/** As {@link #follow(WebDriver, By)}, for an element already found. */
	public static void follow(WebDriver page, WebElement linkOrButton) {
		WebElement current = page.findElement(By.tagName("html"));
		linkOrButton.click();
		WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(15));
		wait.until(ExpectedConditions.stalenessOf(current));
		wait.until(
				driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	public WebDriver driver() {
		return this.driver;
	}

	/** Saves what the browser shows under {@code target/screenshots/}. */
	public Path screenshot(String name) {
		File shot = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE);
		Path target = Path.of("target", "screenshots", name + ".png");
		try {
			Files.createDirectories(target.getParent());
			return Files.move(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
