package dev.writ.registration;

import java.net.URI;

import dev.writ.demo.DemoLogin;
import dev.writ.demo.DemoSecrets;
import dev.writ.testing.Browser;
import dev.writ.testing.DemandFormPage;
import dev.writ.testing.MutableClock;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new officer gets in the way the README tells: registers from the FBI's domain,
 * confirms the address with the link from the mail, an administrator approves after the
 * call-back, and the officer signs in, enrols an authenticator, lands on "My demands" and
 * submits a first demand.
 */
@WritIntegrationTest
class OfficerRegistrationBrowserIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Test
	void a_new_officer_registers_is_approved_after_the_call_back_signs_in_and_submits_a_subpoena() {
		String email = Registrants.freshFbiAddress();
		try (Browser browser = Browser.open()) {
			WebDriver page = browser.driver();
			// given the officer registers from the landing page and confirms the address
			register(browser, email);
			confirm(browser, email);
			// when an administrator approves after the call-back
			approve(browser, email);
			// then the new officer signs in, enrols an authenticator and lands on "My
			// demands"
			enrol(browser, email);
			assertThat(heading(page)).isEqualTo("My demands");
			assertThat(page.findElement(By.tagName("main")).getText()).contains("FBI Seattle Field Office");
			browser.screenshot("registration-my-demands");
			// and submits a subpoena with its PDF and gets a receipt
			new DemandFormPage(page).start("grand_jury_subpoena")
				.instrument("U.S. Attorney's Office (grand jury)", "prosecutor", "GJ-2026-0777", true)
				.target("k.morrow@contosomail.example")
				.data("basic_subscriber_info")
				.attach("Grand jury subpoena GJ-2026-0777")
				.attest()
				.submit();
			assertThat(page.findElement(By.id("receipt")).getText())
				.containsPattern("Your reference is WR-\\d{4}-\\d{6}");
			browser.screenshot("registration-first-demand-receipt");
		}
	}

	private void register(Browser browser, String email) {
		WebDriver page = browser.driver();
		page.get(url("/"));
		Browser.follow(page, By.linkText("Register as an officer"));
		page.findElement(By.id("name")).sendKeys("Special Agent Robin Vance");
		page.findElement(By.id("email")).sendKeys(email);
		page.findElement(By.id("jobTitle")).sendKeys("Special Agent");
		page.findElement(By.id("deskPhone")).sendKeys("+1 206 555 0177");
		page.findElement(By.id("password")).sendKeys(Registrants.PASSWORD);
		page.findElement(By.id("confirmPassword")).sendKeys(Registrants.PASSWORD);
		browser.screenshot("registration-form");
		submit(page);
		assertThat(heading(page)).isEqualTo("Check your e-mail");
	}

	/** Opens the link from the mail GreenMail received, on this test's server. */
	private void confirm(Browser browser, String email) {
		WebDriver page = browser.driver();
		URI link = URI.create(RegistrationMail.verificationLink(email));
		page.get(url(link.getRawPath() + "?" + link.getRawQuery()));
		submit(page);
		assertThat(page.findElement(By.id("verified")).getText()).contains("waiting for approval by Contoso Cloud");
		browser.screenshot("registration-verified");
	}

	private void approve(Browser browser, String email) {
		WebDriver page = browser.driver();
		signIn(page, DemoLogin.ADMIN.username(), DemoLogin.PASSWORD);
		page.findElement(By.id("code")).sendKeys(DemoSecrets.currentCode(DemoLogin.ADMIN.username(), this.clock));
		submit(page);
		page.get(url("/admin"));
		Browser.follow(page, By.id("registrations-link"));
		WebElement registration = page.findElement(By.xpath("//article[.//dd[normalize-space()='" + email + "']]"));
		assertThat(registration.getText()).contains("FBI Seattle Field Office", "+1 206 622 0460");
		registration.findElement(By.name("callBackConfirmedBy")).sendKeys("Duty supervisor Pat Lee");
		registration.findElement(By.cssSelector("input[value=CONFIRMED]")).click();
		registration.findElement(By.name("callBackNote")).sendKeys("Confirmed employment and role");
		browser.screenshot("registration-vetting");
		Browser.follow(page,
				registration.findElement(By.xpath(".//button[starts-with(normalize-space(), 'Approve')]")));
		assertThat(page.findElement(By.id("decided")).getText()).contains("Approved");
		Browser.follow(page, By.xpath("//button[text()='Sign out']"));
	}

	/** Enrols with a code computed from the key the page shows beside the QR code. */
	private void enrol(Browser browser, String email) {
		WebDriver page = browser.driver();
		signIn(page, email, Registrants.PASSWORD);
		assertThat(heading(page)).isEqualTo("Set up your authenticator");
		String secret = page.findElement(By.id("totp-secret")).getText();
		browser.screenshot("registration-enrol");
		page.findElement(By.id("code")).sendKeys(DemoSecrets.codeAt(secret, this.clock));
		submit(page);
		assertThat(heading(page)).isEqualTo("Your recovery codes");
		Browser.follow(page, By.linkText("I have saved them: continue"));
	}

	private void signIn(WebDriver page, String username, String password) {
		page.get(url("/sign-in"));
		page.findElement(By.id("username")).sendKeys(username);
		page.findElement(By.id("password")).sendKeys(password);
		submit(page);
	}

	private static void submit(WebDriver page) {
		Browser.follow(page, By.cssSelector("main button[type=submit]"));
	}

	private static String heading(WebDriver page) {
		return page.findElement(By.tagName("h1")).getText();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
