package dev.writ.review.web;

import dev.writ.demo.DemoLogin;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.intake.DemandIntake;
import dev.writ.testing.Browser;
import dev.writ.testing.DemandFixtures;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser works the queue as an analyst would: opens it, takes a subpoena, triages
 * it and approves it.
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
			signIn(page, DemoLogin.ANALYST);
			browser.screenshot("review-queue");
			// when
			Browser.follow(page, page.findElement(By.linkText(reference)));
			Browser.follow(page, page.findElement(By.id("assign-to-me")));
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

	private static void take(WebDriver page, String action, String reason) {
		page.findElement(By.id("reason-" + action)).sendKeys(reason);
		Browser.follow(page, page.findElement(By.id("do-" + action)));
	}

	private void signIn(WebDriver page, DemoLogin login) {
		page.get(base() + "/sign-in");
		page.findElement(By.id("username")).sendKeys(login.username());
		page.findElement(By.id("password")).sendKeys(DemoLogin.PASSWORD);
		Browser.follow(page, page.findElement(By.cssSelector("main button[type=submit]")));
		page.findElement(By.id("code")).sendKeys(page.findElement(By.cssSelector("#demo-code strong")).getText());
		Browser.follow(page, page.findElement(By.cssSelector("main button[type=submit]")));
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Queue");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
