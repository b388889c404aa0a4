package dev.writ.intake.web.api;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import dev.writ.audit.AuditTrail;
import dev.writ.demo.DemoLogin;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.internal.ApiTokens;
import dev.writ.intake.Channel;
import dev.writ.intake.DemandQueries;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.TestPdfs;
import dev.writ.testing.TestTokens;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static dev.writ.testing.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Officers submit demands through the API with a personal token: a receipt or a
 * deficiency notice, retries answered once, bad input refused naming the field with
 * nothing saved, and only their own agency's demands visible.
 */
@WritIntegrationTest
class DemandApiIntegrationTests {

	static final byte[] PDF = TestPdfs.onePage("Grand jury subpoena GJ-2026-0419");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserAccounts users;

	@Autowired
	DemandQueries queries;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_officer_submits_a_demand_and_gets_a_receipt_with_its_reference() throws Exception {
		// given
		var audit = AuditAssertions.mark(this.trail);
		// when
		String reference = reference(
				submit(DemoLogin.FBI_OFFICER, key(), DemandJsonSamples.example(), PDF).andExpect(status().isCreated())
					.andExpect(header().string("Location", matchesPattern("/api/v1/demands/WR-\\d{4}-\\d{6}")))
					.andExpect(jsonPath("$.status").value("received"))
					.andExpect(jsonPath("$.revision").value(1))
					.andExpect(jsonPath("$.received_at").exists())
					.andExpect(jsonPath("$.deficiencies").isEmpty()));
		// then
		var detail = this.queries.detail(reference).orElseThrow();
		assertThat(detail.channel()).isEqualTo(Channel.API);
		assertThat(detail.submittedBy()).isEqualTo(officerId(DemoLogin.FBI_OFFICER));
		assertThat(detail.requester().agency()).isEqualTo(DemoLogin.FBI_OFFICER.agency().name());
		assertThat(detail.documents()).hasSize(1);
		audit.expect(AuditAction.DEMAND_RECEIVED)
			.actor(DemoLogin.FBI_OFFICER.username())
			.subject("demand:" + reference)
			.assertRecorded();
	}

	@Test
	void an_unsigned_subpoena_is_received_with_a_deficiency_notice() throws Exception {
		// given
		String unsigned = DemandJsonSamples.unsigned();
		// when / then
		submit(DemoLogin.FBI_OFFICER, key(), unsigned, PDF).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("deficient"))
			.andExpect(jsonPath("$.deficiencies[*].code", hasItem("UNSIGNED_OR_UNAUTHORIZED")))
			.andExpect(jsonPath("$.deficiencies[0].message").isNotEmpty())
			.andExpect(jsonPath("$.deficiencies[0].rule").isNotEmpty())
			.andExpect(jsonPath("$.deficiencies[0].citation").isNotEmpty());
	}

	@Test
	void a_retry_with_the_same_key_and_body_gets_the_same_receipt_and_makes_no_second_demand() throws Exception {
		// given
		String key = key();
		String first = reference(
				submit(DemoLogin.FBI_OFFICER, key, DemandJsonSamples.example(), PDF).andExpect(status().isCreated()));
		long demands = demands();
		// when
		String again = reference(
				submit(DemoLogin.FBI_OFFICER, key, DemandJsonSamples.example(), PDF).andExpect(status().isOk())
					.andExpect(header().string(DemandApiController.REPLAYED, "true")));
		// then
		assertThat(again).isEqualTo(first);
		assertThat(demands()).isEqualTo(demands);
	}

	@Test
	void the_same_key_with_a_different_body_is_a_conflict() throws Exception {
		// given
		String key = key();
		submit(DemoLogin.FBI_OFFICER, key, DemandJsonSamples.example(), PDF).andExpect(status().isCreated());
		long demands = demands();
		// when / then
		submit(DemoLogin.FBI_OFFICER, key, DemandJsonSamples.unsigned(), PDF).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("Idempotency-Key"));
		submit(DemoLogin.FBI_OFFICER, key, DemandJsonSamples.example(), TestPdfs.onePage("another document"))
			.andExpect(status().isConflict());
		assertThat(demands()).isEqualTo(demands);
	}

	@ParameterizedTest(name = "{0}: 400 naming {1}")
	@MethodSource("badInput")
	void bad_input_is_refused_naming_the_field_and_nothing_is_saved(String why, String field, String key, String json,
			List<byte[]> documents) throws Exception {
		// given
		long demands = demands();
		// when / then
		submit(DemoLogin.FBI_OFFICER, key, json, documents.toArray(byte[][]::new)).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value(field))
			.andExpect(jsonPath("$.detail", containsString(field)));
		assertThat(demands()).isEqualTo(demands);
	}

	static Stream<Arguments> badInput() {
		String example = DemandJsonSamples.example();
		List<byte[]> pdf = List.of(PDF);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
		byte[] oversized = Arrays.copyOf("%PDF-1.7\n".getBytes(), 20 * 1024 * 1024 + 1);
		return Stream.of(Arguments.of("no key", "Idempotency-Key", null, example, pdf),
				Arguments.of("key with a space", "Idempotency-Key", "my key", example, pdf),
				Arguments.of("key too long", "Idempotency-Key", "k".repeat(201), example, pdf),
				Arguments.of("broken JSON", "demand", key(), "{\"process\": {", pdf),
				Arguments.of("no demand part", "demand", key(), null, pdf),
				Arguments.of("no document part", "document", key(), example, List.of()),
				Arguments.of("unknown field", "colour", key(),
						DemandJsonSamples.with(example, "", "colour", "\"blue\""), pdf),
				Arguments.of("requester facts", "requester", key(),
						DemandJsonSamples.with(example, "", "requester", "{\"verified_agency\": true}"), pdf),
				Arguments.of("unknown enum", "process.type", key(),
						DemandJsonSamples.with(example, "process", "type", "\"writ_of_mandamus\""), pdf),
				Arguments.of("impossible date", "process.issue_date", key(),
						DemandJsonSamples.with(example, "process", "issue_date", "\"2026-02-30\""), pdf),
				Arguments.of("e-mail without @", "targets[0].identifier", key(),
						DemandJsonSamples.target(example, "k.morrow.contosomail.example", "email"), pdf),
				Arguments.of("phone with letters", "targets[0].identifier", key(),
						DemandJsonSamples.target(example, "+1 206 CALL NOW", "phone"), pdf),
				Arguments.of("invalid IP address", "targets[0].identifier", key(),
						DemandJsonSamples.target(example, "198.51.100.256", "ip"), pdf),
				Arguments.of("not a PDF", "document", key(), example, List.of(png)),
				Arguments.of("oversized document", "document", key(), example, List.of(oversized)));
	}

	@Test
	void an_officer_of_another_agency_cannot_see_a_demand_and_the_attempt_is_audited() throws Exception {
		// given
		String reference = reference(
				submit(DemoLogin.FBI_OFFICER, key(), DemandJsonSamples.example(), PDF).andExpect(status().isCreated()));
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		this.mvc.perform(get("/api/v1/demands/{reference}", reference).with(bearer(token(DemoLogin.STATE_OFFICER))))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		audit.expect(AuditAction.ACCESS_DENIED)
			.actor(DemoLogin.STATE_OFFICER.username())
			.subject("request:GET /api/v1/demands/" + reference)
			.assertRecorded();
		this.mvc.perform(get("/api/v1/demands/{reference}", reference).with(bearer(token(DemoLogin.FBI_OFFICER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reference").value(reference))
			.andExpect(jsonPath("$.status").value("received"))
			.andExpect(jsonPath("$.revision").value(1));
	}

	@Test
	void an_analyst_token_cannot_submit_a_demand() throws Exception {
		// given
		var audit = AuditAssertions.mark(this.trail);
		long demands = demands();
		// when / then
		submit(DemoLogin.ANALYST, key(), DemandJsonSamples.example(), PDF).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		audit.expect(AuditAction.ACCESS_DENIED)
			.actor(DemoLogin.ANALYST.username())
			.subject("request:POST /api/v1/demands")
			.assertRecorded();
		assertThat(demands()).isEqualTo(demands);
	}

	@Test
	void without_a_token_the_answer_is_401_problem_json() throws Exception {
		this.mvc.perform(multipart("/api/v1/demands").file(demandPart(DemandJsonSamples.example())))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void a_deficient_demand_is_corrected_with_a_revision_once_per_key() throws Exception {
		// given
		String reference = reference(submit(DemoLogin.FBI_OFFICER, key(), DemandJsonSamples.unsigned(), PDF)
			.andExpect(jsonPath("$.status").value("deficient")));
		String key = key();
		// when
		revise(reference, key).andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/demands/" + reference))
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.status").value("received"));
		// then
		revise(reference, key).andExpect(status().isOk()).andExpect(jsonPath("$.revision").value(2));
		assertThat(this.queries.revisions(reference)).hasSize(2);
	}

	private ResultActions revise(String reference, String key) throws Exception {
		return this.mvc.perform(multipart("/api/v1/demands/{reference}/revisions", reference)
			.file(demandPart(DemandJsonSamples.example()))
			.file(new MockMultipartFile("document", "signed.pdf", "application/pdf", PDF))
			.header("Idempotency-Key", key)
			.with(bearer(token(DemoLogin.FBI_OFFICER))));
	}

	private ResultActions submit(DemoLogin login, String key, String json, byte[]... documents) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/demands");
		if (json != null) {
			request.file(demandPart(json));
		}
		for (byte[] document : documents) {
			request.file(new MockMultipartFile("document", "subpoena.pdf", "application/pdf", document));
		}
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return this.mvc.perform(request.with(bearer(token(login))));
	}

	private static MockMultipartFile demandPart(String json) {
		return new MockMultipartFile("demand", "demand.json", "application/json", json.getBytes());
	}

	private String token(DemoLogin login) {
		return TestTokens.issue(this.tokens, this.users, login.username());
	}

	private UUID officerId(DemoLogin login) {
		return this.users.byUsername(login.username()).orElseThrow().id();
	}

	private long demands() {
		return this.jdbc.sql("select count(*) from demand").query(Long.class).single();
	}

	private static String reference(ResultActions result) throws Exception {
		String body = result.andReturn().getResponse().getContentAsString();
		return DemandJsonSamples.JSON.readTree(body).get("reference").stringValue();
	}

	private static String key() {
		return "test-" + UUID.randomUUID();
	}

}
