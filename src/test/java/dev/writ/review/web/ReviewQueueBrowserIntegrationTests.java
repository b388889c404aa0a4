package dev.writ.review.web;

import dev.writ.demo.DemoLogin;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.intake.DemandIntake;
import dev.writ.review.DecisionFixtures;
import dev.writ.testing.Browser;
import dev.writ.testing.DemandFixtures;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser works the queue as an analyst would: opens it, takes a subpoena, triages
 * it and approves it; rejects a defective demand with reasons the officer then reads.
 */
@WritIntegrationTest
class ReviewQueueBrowserIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DemandIntake intake;

	@Autowired
	UserAccounts users;

	@Test
	void an_analyst_takes_a_subpoena_from_the_queue_and_approves_it() {
		// given
		UserView officer = this.users.byUsername(DemoLogin.FBI_OFFICER.username()).orElseThrow();
		String reference = this.intake.receive(DemandFixtures.aSubpoena(officer)).reference();
		try (Browser browser = Browser.open()) {
			WebDriver page = browser.driver();
			signIn(page, DemoLogin.ANALYST, "Queue");
			browser.screenshot("review-queue");
			// when
			Browser.follow(page, By.linkText(reference));
			Browser.follow(page, By.id("assign-to-me"));
			assertThat(page.findElement(By.id("assignee")).getText()).isEqualTo(DemoLogin.ANALYST.username());
			take(page, "START_TRIAGE", "Reading the subpoena and the engine's findings.");
			browser.screenshot("review-case-triage");
			take(page, "APPROVE", "The engine's recommendation holds: basic subscriber information only.");
			// then
			assertThat(page.findElement(By.id("state")).getText()).isEqualTo("APPROVED");
			assertThat(page.findElement(By.id("notice")).getText()).contains("the case is now approved");
			assertThat(page.findElement(By.id("history")).getText()).contains("APPROVE",
					"The engine's recommendation holds");
			assertThat(page.findElements(By.id("action-APPROVE"))).isEmpty();
			browser.screenshot("review-case-approved");
		}
	}

	@Test
	void an_analyst_rejects_a_defective_demand_with_reasons_and_the_officer_reads_them() {
		// given
		UserView officer = this.users.byUsername(DemoLogin.FBI_OFFICER.username()).orElseThrow();
		String reference = this.intake.receive(DecisionFixtures.unsignedOrder(officer)).reference();
		try (Browser browser = Browser.open()) {
			WebDriver page = browser.driver();
			signIn(page, DemoLogin.ANALYST, "Queue");
			// when
			page.get(base() + "/staff/cases/" + reference);
			WebElement unsigned = page.findElement(By.id("reason-code-UNSIGNED_OR_UNAUTHORIZED"));
			assertThat(unsigned.isSelected()).as("the engine's reason is offered, checked").isTrue();
			page.findElement(By.id("reason-code-MATERIAL_MISTAKE")).click();
			take(page, "REJECT", "Serve a signed order with the correct case number as a new demand.");
			browser.screenshot("review-case-rejected");
			assertThat(page.findElement(By.id("state")).getText()).isEqualTo("REJECTED");
			assertThat(page.findElement(By.id("rejection-reasons")).getText()).contains("UNSIGNED_OR_UNAUTHORIZED",
					"MATERIAL_MISTAKE");
			Browser.follow(page, By.xpath("//button[text()='Sign out']"));
			signIn(page, DemoLogin.FBI_OFFICER, "My demands");
			page.get(base() + "/officer/demands/" + reference);
			// then
			browser.screenshot("officer-rejection-notice");
			assertThat(page.findElement(By.id("status")).getText()).isEqualTo("Rejected");
			String notice = page.findElement(By.id("decision-notice")).getText();
			assertThat(notice).contains("Rejected", "Not signed", "Serve a signed order");
			assertThat(page.findElement(By.id("notice-MATERIAL_MISTAKE")).getText()).contains("inconsistent");
			assertThat(page.findElements(By.id("correct-demand"))).isEmpty();
		}
	}

	private static void take(WebDriver page, String action, String reason) {
		page.findElement(By.id("reason-" + action)).sendKeys(reason);
		Browser.follow(page, By.id("do-" + action));
	}

	private void signIn(WebDriver page, DemoLogin login, String home) {
		page.get(base() + "/sign-in");
		page.findElement(By.id("username")).sendKeys(login.username());
		page.findElement(By.id("password")).sendKeys(DemoLogin.PASSWORD);
		Browser.follow(page, By.cssSelector("main button[type=submit]"));
		page.findElement(By.id("code")).sendKeys(page.findElement(By.cssSelector("#demo-code strong")).getText());
		Browser.follow(page, By.cssSelector("main button[type=submit]"));
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo(home);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
