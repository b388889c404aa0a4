package dev.writ.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The demand form, driven as an officer fills it in.
 */
public final class DemandFormPage {

	private final WebDriver page;

	public DemandFormPage(WebDriver page) {
		this.page = page;
	}

	/** From "My demands": New demand, then the kind of process. */
	public DemandFormPage start(String processType) {
		Browser.follow(this.page, By.id("new-demand"));
		Browser.follow(this.page, By.id("choose-" + processType));
		return this;
	}

	/**
	 * The instrument, issued three days ago (warrants must be served within days of
	 * issue, so the dates follow today).
	 */
	public DemandFormPage instrument(String issuedBy, String role, String caseNumber, boolean signed) {
		this.page.findElement(By.id("issuedBy")).sendKeys(issuedBy);
		this.page.findElement(By.id("issuingJurisdiction")).sendKeys("US-federal");
		this.page.findElement(By.id("issuerRole")).sendKeys(role);
		date("issueDate", LocalDate.now(ZoneOffset.UTC).minusDays(3).toString());
		this.page.findElement(By.id("caseNumber")).sendKeys(caseNumber);
		this.page.findElement(By.id("addressedTo")).sendKeys("Contoso Cloud, Inc.");
		if (signed) {
			this.page.findElement(By.id("signed")).click();
		}
		this.page.findElement(By.id("onLetterhead")).click();
		return this;
	}

	public DemandFormPage target(String identifier) {
		this.page.findElement(By.id("targets")).sendKeys(identifier);
		return this;
	}

	public DemandFormPage data(String category) {
		this.page.findElement(By.id("data-" + category)).click();
		return this;
	}

	/**
	 * Date inputs take keys in the browser's locale order; setting the value directly is
	 * what a date picker does.
	 */
	public DemandFormPage date(String id, String isoDate) {
		((JavascriptExecutor) this.page).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id,
				isoDate);
		return this;
	}

	/** Attaches a one-page PDF as the legal document. */
	public DemandFormPage attach(String title) {
		try {
			Path pdf = Files.createTempFile("writ-demand-", ".pdf");
			Files.write(pdf, TestPdfs.onePage(title));
			this.page.findElement(By.id("legalDocument")).sendKeys(pdf.toAbsolutePath().toString());
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public DemandFormPage attest() {
		this.page.findElement(By.id("attested")).click();
		return this;
	}

	public void submit() {
		Browser.follow(this.page, By.id("submit-demand"));
	}

}
