package dev.writ.portal;

import dev.writ.demo.DemoLogin;
import dev.writ.testing.Browser;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser signs in as the demo officer, as a user would from the README's run
 * command.
 */
@WritIntegrationTest
class OfficerSignInBrowserIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void the_demo_officer_signs_in_and_sees_my_demands() {
		try (Browser browser = Browser.open()) {
			WebDriver page = browser.driver();
			// given
			page.get("http://localhost:" + this.port + "/");
			Browser.follow(page, By.linkText("Sign in"));
			// when
			page.findElement(By.id("username")).sendKeys(DemoLogin.FBI_OFFICER.username());
			page.findElement(By.id("password")).sendKeys(DemoLogin.PASSWORD);
			Browser.follow(page, By.cssSelector("main button[type=submit]"));
			// and the code from the authenticator (the demo shows it on the page)
			assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Enter your code");
			browser.screenshot("officer-second-factor");
			page.findElement(By.id("code")).sendKeys(page.findElement(By.cssSelector("#demo-code strong")).getText());
			Browser.follow(page, By.cssSelector("main button[type=submit]"));
			// then
			assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("My demands");
			assertThat(page.getCurrentUrl()).endsWith("/officer/demands");
			assertThat(page.findElement(By.tagName("main")).getText()).contains("FBI Seattle Field Office",
					"k.morrow@contosomail.example");
			browser.screenshot("officer-my-demands");
			// and signing out returns to the sign-in page
			Browser.follow(page, By.xpath("//button[text()='Sign out']"));
			assertThat(page.findElement(By.id("signed-out")).getText()).contains("You have signed out");
		}
	}

	@Test
	void a_wrong_password_shows_a_message_the_user_can_act_on() {
		try (Browser browser = Browser.open()) {
			WebDriver page = browser.driver();
			// given
			page.get("http://localhost:" + this.port + "/sign-in");
			// when
			page.findElement(By.id("username")).sendKeys(DemoLogin.ANALYST.username());
			page.findElement(By.id("password")).sendKeys("not the password");
			Browser.follow(page, By.cssSelector("main button[type=submit]"));
			// then
			assertThat(page.findElement(By.id("sign-in-error")).getText()).contains("not right");
			browser.screenshot("sign-in-error");
		}
	}

}
