package dev.writ.intake.web.api;

import java.util.UUID;

import dev.writ.demo.DemoLogin;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.internal.ApiTokens;
import dev.writ.testing.TestPdfs;
import dev.writ.testing.TestTokens;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demand API through the real web server, as curl calls it: the {@code demand} part
 * may come as a file or as a plain form field.
 */
@WritIntegrationTest
class DemandApiOverHttpIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserAccounts users;

	@Test
	void a_demand_sent_as_curl_sends_it_is_received() {
		// given
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("demand",
				part(file(DemandJsonSamples.example().getBytes(), "demand.json"), MediaType.APPLICATION_JSON));
		parts.add("document", part(file(TestPdfs.onePage("Subpoena"), "warrant.pdf"), MediaType.APPLICATION_PDF));
		// when
		ResponseEntity<String> answer = post(parts);
		// then
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(answer.getHeaders().getLocation()).hasPath("/api/v1/demands/" + reference(answer));
	}

	@Test
	void a_demand_sent_as_a_plain_form_field_is_received_too() {
		// given
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("demand", part(DemandJsonSamples.example(), MediaType.APPLICATION_JSON));
		parts.add("document", part(file(TestPdfs.onePage("Subpoena"), "warrant.pdf"), MediaType.APPLICATION_PDF));
		// when
		ResponseEntity<String> answer = post(parts);
		// then
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(reference(answer)).matches("WR-\\d{4}-\\d{6}");
	}

	private ResponseEntity<String> post(MultiValueMap<String, Object> parts) {
		return RestClient.create("http://localhost:" + this.port)
			.post()
			.uri("/api/v1/demands")
			.header("Authorization",
					"Bearer " + TestTokens.issue(this.tokens, this.users, DemoLogin.CITY_OFFICER.username()))
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.retrieve()
			.toEntity(String.class);
	}

	private static String reference(ResponseEntity<String> answer) {
		return DemandJsonSamples.JSON.readTree(answer.getBody()).get("reference").stringValue();
	}

	private static HttpEntity<Object> part(Object body, MediaType type) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		return new HttpEntity<>(body, headers);
	}

	private static ByteArrayResource file(byte[] bytes, String name) {
		return new ByteArrayResource(bytes) {

			@Override
			public String getFilename() {
				return name;
			}

		};
	}

}
