package dev.writ.intake.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.writ.demo.DemoLogin;
import dev.writ.testing.Browser;
import dev.writ.testing.TestPdfs;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser submits demands as an officer would: a subpoena with its PDF, answered
 * by a receipt; a defective warrant, answered by a deficiency notice, corrected and
 * resubmitted.
 */
@WritIntegrationTest
class DemandSubmissionBrowserIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void an_officer_submits_a_subpoena_with_its_pdf_and_gets_a_receipt() {
		try (Browser browser = Browser.open()) {
			WebDriver page = browser.driver();
			signIn(page, DemoLogin.FBI_OFFICER);
			// given
			page.findElement(By.id("new-demand")).click();
			page.findElement(By.id("choose-grand_jury_subpoena")).click();
			// when
			instrument(page, "U.S. Attorney's Office (grand jury)", "prosecutor", "GJ-2026-0420", true);
			page.findElement(By.id("targets")).sendKeys("k.morrow@contosomail.example");
			page.findElement(By.id("data-basic_subscriber_info")).click();
			attach(page, "Grand jury subpoena GJ-2026-0420");
			page.findElement(By.id("attested")).click();
			browser.screenshot("demand-form-subpoena");
			page.findElement(By.id("submit-demand")).click();
			// then
			String receipt = page.findElement(By.id("receipt")).getText();
			assertThat(receipt).containsPattern("Your reference is WR-\\d{4}-\\d{6}");
			assertThat(page.findElement(By.id("status")).getText()).isEqualTo("Received");
			browser.screenshot("demand-receipt");
		}
	}

	@Test
	void a_defective_warrant_comes_back_with_a_deficiency_notice_and_is_corrected_and_resubmitted() {
		try (Browser browser = Browser.open()) {
			WebDriver page = browser.driver();
			signIn(page, DemoLogin.CITY_OFFICER);
			// given an unsigned warrant whose period is reversed
			page.get(base() + "/officer/demands/new/search_warrant");
			instrument(page, "King County Superior Court", "judge", "26-1-00417-1 SEA", false);
			page.findElement(By.id("issuingJurisdiction")).clear();
			page.findElement(By.id("issuingJurisdiction")).sendKeys("US-WA");
			page.findElement(By.id("targets")).sendKeys("gulf.freight.ops@contosomail.example");
			page.findElement(By.id("data-email_content")).click();
			typeDate(page, "dateFrom", "2026-03-31");
			typeDate(page, "dateTo", "2026-01-01");
			attach(page, "Search warrant 26-1-00417-1 SEA");
			page.findElement(By.id("attested")).click();
			// when
			page.findElement(By.id("submit-demand")).click();
			// then the notice says what to fix
			String notice = page.findElement(By.id("deficiency-notice")).getText();
			assertThat(page.findElement(By.id("status")).getText()).isEqualTo("Needs correction");
			assertThat(page.findElements(By.id("deficiency-UNSIGNED_OR_UNAUTHORIZED"))).hasSize(1);
			assertThat(page.findElements(By.id("deficiency-DATE_RANGE_REVERSED"))).hasSize(1);
			assertThat(notice).contains("Correct and resubmit");
			browser.screenshot("deficiency-notice");
			// when the officer corrects it
			correct(browser);
			// then
			assertThat(page.findElement(By.id("status")).getText()).isEqualTo("Received");
			assertThat(page.findElement(By.id("timeline")).getText()).contains("Sent back: needs correction",
					"Corrected version 2 submitted");
			browser.screenshot("demand-resubmitted");
		}
	}

	private static void correct(Browser browser) {
		WebDriver page = browser.driver();
		page.findElement(By.id("correct-demand")).click();
		page.findElement(By.id("signed")).click();
		typeDate(page, "dateFrom", "2026-01-01");
		typeDate(page, "dateTo", "2026-03-31");
		attach(page, "Search warrant 26-1-00417-1 SEA (signed)");
		page.findElement(By.id("attested")).click();
		browser.screenshot("demand-correction");
		page.findElement(By.id("submit-demand")).click();
	}

	private void signIn(WebDriver page, DemoLogin login) {
		page.get(base() + "/sign-in");
		page.findElement(By.id("username")).sendKeys(login.username());
		page.findElement(By.id("password")).sendKeys(DemoLogin.PASSWORD);
		page.findElement(By.cssSelector("main button[type=submit]")).click();
		page.findElement(By.id("code")).sendKeys(page.findElement(By.cssSelector("#demo-code strong")).getText());
		page.findElement(By.cssSelector("main button[type=submit]")).click();
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("My demands");
	}

	private static void instrument(WebDriver page, String issuedBy, String role, String caseNumber, boolean signed) {
		page.findElement(By.id("issuedBy")).sendKeys(issuedBy);
		page.findElement(By.id("issuingJurisdiction")).sendKeys("US-federal");
		page.findElement(By.id("issuerRole")).sendKeys(role);
		typeDate(page, "issueDate", LocalDate.now(ZoneOffset.UTC).minusDays(3).toString());
		page.findElement(By.id("caseNumber")).sendKeys(caseNumber);
		page.findElement(By.id("addressedTo")).sendKeys("Contoso Cloud, Inc.");
		if (signed) {
			page.findElement(By.id("signed")).click();
		}
		page.findElement(By.id("onLetterhead")).click();
	}

	/**
	 * Warrants must be served within days of issue, so the form dates follow today. Date
	 * inputs take keys in the browser's locale order; setting the value directly is what
	 * a date picker does.
	 */
	private static void typeDate(WebDriver page, String id, String isoDate) {
		((org.openqa.selenium.JavascriptExecutor) page)
			.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, isoDate);
	}

	private static void attach(WebDriver page, String title) {
		try {
			Path pdf = Files.createTempFile("writ-demand-", ".pdf");
			Files.write(pdf, TestPdfs.onePage(title));
			page.findElement(By.id("legalDocument")).sendKeys(pdf.toAbsolutePath().toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
