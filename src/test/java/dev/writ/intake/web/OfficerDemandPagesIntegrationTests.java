package dev.writ.intake.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.writ.audit.AuditTrail;
import dev.writ.identity.UserAccounts;
import dev.writ.intake.DemandQueries;
import dev.writ.intake.DemandStatus;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.TestPdfs;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An officer submits through the forms: choose the process, fill it in, get a receipt or
 * a deficiency notice, correct, resubmit; and sees only their own agency's demands.
 */
@WritIntegrationTest
class OfficerDemandPagesIntegrationTests {

	static final String FBI = "a.rivera@fbi.gov";

	static final Pattern REFERENCE = Pattern.compile("/officer/demands/(WR-\\d{4}-\\d{6})");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemandQueries queries;

	@Autowired
	AuditTrail trail;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	UserAccounts users;

	@Test
	@WithUserDetails(FBI)
	void given_an_officer_when_they_start_a_demand_then_every_process_type_is_offered() throws Exception {
		this.mvc.perform(get("/officer/demands/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("choose-search_warrant")))
			.andExpect(content().string(containsString("choose-european_production_order")))
			.andExpect(content().string(containsString("choose-civil_subpoena")))
			.andExpect(content().string(containsString("choose-preservation_request")));
		this.mvc.perform(get("/officer/demands/new/emergency_request"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"emergencySummary\"")));
		this.mvc.perform(get("/officer/demands/new/no_such_process")).andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails(FBI)
	void given_a_complete_subpoena_when_submitted_then_the_officer_sees_a_receipt_with_the_reference()
			throws Exception {
		// when
		MvcResult result = this.mvc.perform(subpoena(true)).andExpect(status().is3xxRedirection()).andReturn();
		String reference = reference(result);
		// then
		assertThat(this.queries.detail(reference).orElseThrow().status()).isEqualTo(DemandStatus.RECEIVED);
		this.mvc.perform(get("/officer/demands/" + reference).flashAttrs(result.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your reference is")))
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(not(containsString("Trust signals"))));
	}

	@Test
	@WithUserDetails(FBI)
	void given_an_unsigned_subpoena_when_submitted_then_the_deficiency_notice_says_what_to_fix_and_a_correction_is_received()
			throws Exception {
		// given
		String reference = reference(this.mvc.perform(subpoena(false)).andReturn());
		// when
		this.mvc.perform(get("/officer/demands/" + reference))
			.andExpect(content().string(containsString("Deficiency notice")))
			.andExpect(content().string(containsString("deficiency-UNSIGNED_OR_UNAUTHORIZED")));
		this.mvc.perform(get("/officer/demands/" + reference + "/correct"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("k.morrow@contosomail.example")));
		MvcResult corrected = this.mvc.perform(filled(multipart("/officer/demands/" + reference + "/correct"), true))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		// then
		assertThat(reference(corrected)).isEqualTo(reference);
		assertThat(this.queries.detail(reference).orElseThrow().status()).isEqualTo(DemandStatus.RECEIVED);
		assertThat(this.queries.revisions(reference)).hasSize(2);
		this.mvc.perform(get("/officer/demands/" + reference))
			.andExpect(content().string(containsString("Corrected version 2 submitted")));
	}

	@Test
	@WithUserDetails(FBI)
	void given_a_form_with_bad_fields_when_submitted_then_each_problem_names_its_field_and_nothing_is_saved()
			throws Exception {
		// given
		int before = this.queries.forAgency(agencyOfFbi()).size();
		MockMultipartHttpServletRequestBuilder request = multipart("/officer/demands/new/grand_jury_subpoena");
		request.file(new MockMultipartFile("legalDocument", "subpoena.pdf", "application/pdf",
				"not a pdf at all".getBytes()));
		request.param("issuedBy", "U.S. Attorney")
			.param("issuingJurisdiction", "Federal")
			.param("issueDate", "28/01/2026")
			.param("addressedTo", "Contoso Cloud, Inc.")
			.param("targets", "k.morrow@contosomail.example\nnot an@address@x")
			.with(csrf());
		// when / then
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("issuingJurisdiction: write US-federal")))
			.andExpect(content().string(containsString("issueDate: &#39;28/01/2026&#39; is not a date")))
			.andExpect(content().string(containsString("targets: line 2")))
			.andExpect(content().string(containsString("data: choose at least one kind of data")))
			.andExpect(content().string(containsString("attested: confirm")));
		assertThat(this.queries.forAgency(agencyOfFbi())).hasSize(before);
	}

	@Test
	@WithUserDetails(FBI)
	void given_a_document_that_is_not_a_pdf_when_submitted_then_the_upload_field_says_so() throws Exception {
		MockMultipartHttpServletRequestBuilder request = filled(multipart("/officer/demands/new/grand_jury_subpoena"),
				true, "GIF89a pretending".getBytes());
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("legalDocument: subpoena.pdf")));
	}

	@Test
	void given_a_demand_of_another_agency_when_an_officer_opens_it_then_it_is_not_found_and_the_attempt_is_audited()
			throws Exception {
		// given
		String reference = asFbi();
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		this.mvc.perform(get("/officer/demands/" + reference).with(user("m.okafor@seattle.gov")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/officer/demands/" + reference + "/correct").with(user("m.okafor@seattle.gov")))
			.andExpect(status().isNotFound());
		audit.expect(AuditAction.ACCESS_DENIED).actor("m.okafor@seattle.gov").assertRecorded();
	}

	@Test
	void given_a_demand_when_its_document_is_opened_then_the_reading_is_audited() throws Exception {
		// given
		String reference = asFbi();
		String key = this.queries.detail(reference).orElseThrow().documents().get(0).storageKey();
		var audit = AuditAssertions.mark(this.trail);
		// when
		this.mvc
			.perform(get("/staff/demands/" + reference + "/documents/" + key)
				.with(user("dana.analyst@contoso-cloud.example")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		// then
		audit.expect(AuditAction.DOCUMENT_VIEWED)
			.actor("dana.analyst@contoso-cloud.example")
			.subject("demand:" + reference)
			.assertRecorded();
	}

	private String asFbi() throws Exception {
		return reference(this.mvc.perform(subpoena(true).with(user(FBI))).andReturn());
	}

	private RequestPostProcessor user(String username) {
		return SecurityMockMvcRequestPostProcessors.user(this.accounts.loadUserByUsername(username));
	}

	private java.util.UUID agencyOfFbi() {
		return this.users.byUsername(FBI).orElseThrow().agencyId();
	}

	private static MockMultipartHttpServletRequestBuilder subpoena(boolean signed) {
		MockMultipartHttpServletRequestBuilder request = filled(multipart("/officer/demands/new/grand_jury_subpoena"),
				signed);
		return request;
	}

	private static MockMultipartHttpServletRequestBuilder filled(MockMultipartHttpServletRequestBuilder request,
			boolean signed) {
		return filled(request, signed, TestPdfs.onePage("Grand jury subpoena"));
	}

	private static MockMultipartHttpServletRequestBuilder filled(MockMultipartHttpServletRequestBuilder request,
			boolean signed, byte[] document) {
		request.file(new MockMultipartFile("legalDocument", "subpoena.pdf", "application/pdf", document));
		request.param("issuedBy", "U.S. Attorney's Office (grand jury)")
			.param("issuingJurisdiction", "US-federal")
			.param("issuerRole", "prosecutor")
			.param("issueDate", "2026-01-28")
			.param("caseNumber", "GJ-2026-0001")
			.param("addressedTo", "Contoso Cloud, Inc.")
			.param("onLetterhead", "true")
			.param("targets", "k.morrow@contosomail.example")
			.param("data", "basic_subscriber_info")
			.param("dateFrom", "2025-06-01")
			.param("dateTo", "2025-12-31")
			.param("attested", "true")
			.with(csrf());
		if (signed) {
			request.param("signed", "true");
		}
		return request;
	}

	private static String reference(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).as("redirected to the demand").isNotNull();
		Matcher matcher = REFERENCE.matcher(location);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
