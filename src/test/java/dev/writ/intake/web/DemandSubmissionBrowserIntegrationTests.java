package dev.writ.intake.web;

import dev.writ.demo.DemoLogin;
import dev.writ.testing.Browser;
import dev.writ.testing.DemandFormPage;
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
			DemandFormPage form = new DemandFormPage(page).start("grand_jury_subpoena");
			// when
			form.instrument("U.S. Attorney's Office (grand jury)", "prosecutor", "GJ-2026-0420", true)
				.target("k.morrow@contosomail.example")
				.data("basic_subscriber_info")
				.attach("Grand jury subpoena GJ-2026-0420")
				.attest();
			browser.screenshot("demand-form-subpoena");
			form.submit();
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
			DemandFormPage form = new DemandFormPage(page).instrument("King County Superior Court", "judge",
					"26-1-00417-1 SEA", false);
			page.findElement(By.id("issuingJurisdiction")).clear();
			page.findElement(By.id("issuingJurisdiction")).sendKeys("US-WA");
			form.target("gulf.freight.ops@contosomail.example")
				.data("email_content")
				.date("dateFrom", "2026-03-31")
				.date("dateTo", "2026-01-01")
				.attach("Search warrant 26-1-00417-1 SEA")
				.attest();
			// when
			form.submit();
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
		Browser.follow(page, By.id("correct-demand"));
		page.findElement(By.id("signed")).click();
		DemandFormPage form = new DemandFormPage(page).date("dateFrom", "2026-01-01")
			.date("dateTo", "2026-03-31")
			.attach("Search warrant 26-1-00417-1 SEA (signed)")
			.attest();
		browser.screenshot("demand-correction");
		form.submit();
	}

	private void signIn(WebDriver page, DemoLogin login) {
		page.get(base() + "/sign-in");
		page.findElement(By.id("username")).sendKeys(login.username());
		page.findElement(By.id("password")).sendKeys(DemoLogin.PASSWORD);
		Browser.follow(page, By.cssSelector("main button[type=submit]"));
		page.findElement(By.id("code")).sendKeys(page.findElement(By.cssSelector("#demo-code strong")).getText());
		Browser.follow(page, By.cssSelector("main button[type=submit]"));
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("My demands");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
