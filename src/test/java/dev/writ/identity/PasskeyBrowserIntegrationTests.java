package dev.writ.identity;

import java.time.Duration;
import java.util.UUID;

import dev.writ.audit.AuditTrail;
import dev.writ.demo.DemoSecrets;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.Browser;
import dev.writ.testing.MutableClock;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * A real browser with a virtual authenticator (a platform passkey that verifies the user,
 * as Touch ID or Windows Hello would): a user signs in with password and code, adds a
 * passkey, signs out, and signs in again with the passkey alone, straight to their home
 * page. On {@code localhost}, which browsers treat as a secure context.
 */
@WritIntegrationTest
class PasskeyBrowserIntegrationTests {

	static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts users;

	@Autowired
	AuditTrail trail;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	@Test
	void a_user_adds_a_passkey_and_then_signs_in_with_it_alone() {
		try (Browser browser = Browser.open()) {
			WebDriver page = browser.driver();
			VirtualAuthenticator authenticator = platformAuthenticator(page);
			String username = newAnalyst();
			// given: signed in with password and code
			signInWithPasswordAndCode(page, username);
			// when: the user adds a passkey
			Browser.follow(page, By.linkText("Passkeys"));
			assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Passkeys");
			page.findElement(By.id("passkey-label")).sendKeys("Work laptop");
			page.findElement(By.id("passkey-add")).click();
			waitFor(page, ExpectedConditions.presenceOfElementLocated(By.id("passkey-added")));
			assertThat(page.findElement(By.id("passkey-list")).getText()).contains("Work laptop", "Not used yet");
			assertThat(authenticator.getCredentials()).hasSize(1);
			browser.screenshot("passkey-added");
			// and signs out
			Browser.follow(page, By.xpath("//button[text()='Sign out']"));
			waitFor(page, ExpectedConditions.presenceOfElementLocated(By.id("signed-out")));
			var audit = AuditAssertions.mark(this.trail);
			// then: the passkey alone signs the user in, without the code step
			page.findElement(By.id("passkey-sign-in")).click();
			waitFor(page, ExpectedConditions.urlContains("/staff/queue"));
			assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Queue");
			assertThat(page.findElement(By.cssSelector(".who")).getText()).contains("Passkey Tester");
			browser.screenshot("passkey-signed-in");
			audit.expect(AuditAction.SIGN_IN_SUCCEEDED).actor(username).detail("method", "passkey").assertRecorded();
			assertThat(audit.actions()).doesNotContain(AuditAction.PASSWORD_VERIFIED.name());
			// and the passkey now shows its last use
			page.get("http://localhost:" + this.port + "/account/passkeys");
			assertThat(page.findElement(By.id("passkey-list")).getText()).doesNotContain("Not used yet");
		}
	}

	@Test
	void a_locked_account_cannot_sign_in_with_its_passkey() throws Exception {
		try (Browser browser = Browser.open()) {
			WebDriver page = browser.driver();
			platformAuthenticator(page);
			String username = newAnalyst();
			signInWithPasswordAndCode(page, username);
			page.get("http://localhost:" + this.port + "/account/passkeys");
			page.findElement(By.id("passkey-label")).sendKeys("Security key");
			page.findElement(By.id("passkey-add")).click();
			waitFor(page, ExpectedConditions.presenceOfElementLocated(By.id("passkey-added")));
			Browser.follow(page, By.xpath("//button[text()='Sign out']"));
			waitFor(page, ExpectedConditions.presenceOfElementLocated(By.id("signed-out")));
			// given: the account is locked by five wrong passwords
			for (int i = 0; i < 5; i++) {
				this.mvc.perform(formLogin("/sign-in").user(username).password("wrong password"));
			}
			var audit = AuditAssertions.mark(this.trail);
			// when
			page.findElement(By.id("passkey-sign-in")).click();
			// then
			waitFor(page, ExpectedConditions.presenceOfElementLocated(By.id("sign-in-locked")));
			browser.screenshot("passkey-locked");
			audit.expect(AuditAction.SIGN_IN_FAILED)
				.actor(username)
				.detail("method", "passkey")
				.detail("reason", "locked")
				.assertRecorded();
			page.get("http://localhost:" + this.port + "/home");
			assertThat(page.getCurrentUrl()).endsWith("/sign-in");
		}
	}

	private void signInWithPasswordAndCode(WebDriver page, String username) {
		page.get("http://localhost:" + this.port + "/sign-in");
		page.findElement(By.id("username")).sendKeys(username);
		page.findElement(By.id("password")).sendKeys(PASSWORD);
		Browser.follow(page, By.cssSelector("main button[type=submit]"));
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Enter your code");
		page.findElement(By.id("code")).sendKeys(DemoSecrets.currentCode(username, this.clock));
		Browser.follow(page, By.cssSelector("main button[type=submit]"));
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Queue");
	}

	private static VirtualAuthenticator platformAuthenticator(WebDriver page) {
		VirtualAuthenticatorOptions options = new VirtualAuthenticatorOptions()
			.setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
			.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
			.setHasResidentKey(true)
			.setHasUserVerification(true)
			.setIsUserVerified(true)
			.setIsUserConsenting(true);
		return ((HasVirtualAuthenticator) page).addVirtualAuthenticator(options);
	}

	private static void waitFor(WebDriver page, org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(page, Duration.ofSeconds(10)).until(condition);
	}

	private String newAnalyst() {
		String username = "passkey-" + UUID.randomUUID() + "@contoso-cloud.example";
		this.users.create(
				new NewUser(username, "Passkey Tester", PASSWORD, Role.ANALYST, null, DemoSecrets.secretFor(username)),
				"test");
		return username;
	}

}
