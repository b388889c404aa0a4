package dev.writ;

import dev.writ.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Production has no built-in document key: without one, start-up stops with one line
 * saying what to set, and no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class DocumentKeyStartUpIntegrationTests {

	@Test
	void without_a_document_key_the_application_refuses_to_start_saying_what_to_set(CapturedOutput output) {
		// given
		String url = TestDatabase.get().createDatabase("no_document_key");
		// when
		Throwable failure = catchThrowable(
				() -> new SpringApplicationBuilder(WritApplication.class).web(WebApplicationType.NONE)
					.initializers(new DatabaseSettings(url, TestDatabase.get().user(), TestDatabase.get().password())
						.initializer())
					.run("--writ.documents.key="));
		// then
		assertThat(failure).rootCause()
			.hasMessageStartingWith("Writ needs a document encryption key: set WRIT_DOCUMENT_KEY");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Writ needs a document encryption key: set WRIT_DOCUMENT_KEY (property writ.documents.key) to "
					+ "the base64 of 32 random bytes (e.g. openssl rand -base64 32)")
			.doesNotContain("at dev.writ.documents.internal");
	}

}
