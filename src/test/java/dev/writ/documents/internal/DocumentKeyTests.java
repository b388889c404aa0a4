package dev.writ.documents.internal;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentKeyTests {

	final DocumentStoreConfiguration configuration = new DocumentStoreConfiguration();

	@Test
	void without_a_key_the_configuration_refuses_to_start_with_one_line_saying_what_to_set() {
		// when / then
		assertThatThrownBy(() -> this.configuration.documentKey("", false))
			.isInstanceOf(DocumentStoreMisconfigured.class)
			.hasMessageContaining("set WRIT_DOCUMENT_KEY")
			.hasMessageContaining("openssl rand -base64 32")
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("\n"));
	}

	@Test
	void a_key_of_16_bytes_is_refused_saying_it_must_be_32() {
		// given
		String aes128 = Base64.getEncoder().encodeToString(new byte[16]);
		// when / then
		assertThatThrownBy(() -> this.configuration.documentKey(aes128, false))
			.isInstanceOf(DocumentStoreMisconfigured.class)
			.hasMessage("WRIT_DOCUMENT_KEY must decode to 32 bytes for AES-256, it decodes to 16: set it to "
					+ DocumentKey.HOW_TO_MAKE_ONE);
	}

	@Test
	void a_key_of_33_bytes_is_refused_too() {
		// given
		String tooLong = Base64.getEncoder().encodeToString(new byte[33]);
		// when / then
		assertThatThrownBy(() -> DocumentKey.parse(tooLong)).hasMessageContaining("it decodes to 33");
	}

	@Test
	void a_key_that_is_not_base64_is_refused_without_echoing_it() {
		// when / then
		assertThatThrownBy(() -> DocumentKey.parse("correct horse battery staple!"))
			.isInstanceOf(DocumentStoreMisconfigured.class)
			.hasMessageStartingWith("WRIT_DOCUMENT_KEY is not valid base64")
			.hasMessageNotContaining("horse");
	}

	@Test
	void a_key_of_32_bytes_is_accepted_and_its_text_form_hides_it() {
		// given
		String base64 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
		// when
		DocumentKey key = this.configuration.documentKey(" " + base64 + "\n", false);
		// then
		assertThat(key.secretKey().getEncoded()).hasSize(32);
		assertThat(key.toString()).doesNotContain(base64).doesNotContain("0123");
	}

	@Test
	void a_command_line_run_may_start_without_a_key_but_cannot_use_documents() {
		// when
		DocumentKey key = this.configuration.documentKey("", true);
		// then
		assertThatThrownBy(key::secretKey).hasMessage(DocumentKey.MISSING);
	}

	@Test
	void a_command_line_run_with_a_malformed_key_is_still_refused() {
		// when / then
		assertThatThrownBy(() -> this.configuration.documentKey("c2hvcnQ=", true))
			.isInstanceOf(DocumentStoreMisconfigured.class);
	}

	@Test
	void the_start_up_report_is_the_line_saying_what_to_set() {
		// given
		var refused = new DocumentStoreMisconfigured(DocumentKey.MISSING);
		// when
		FailureAnalysis analysis = new DocumentStoreFailureAnalyzer()
			.analyze(new IllegalStateException("bean creation failed", refused));
		// then
		assertThat(analysis.getDescription()).isEqualTo(DocumentKey.MISSING);
	}

	@Test
	void a_size_limit_above_what_fits_in_memory_is_refused() {
		// when / then
		assertThatThrownBy(
				() -> DocumentStoreConfiguration.checked(org.springframework.util.unit.DataSize.ofMegabytes(257)))
			.hasMessageStartingWith("writ.documents.max-size (WRIT_DOCUMENT_MAX_SIZE) must be between");
	}

}
