package dev.writ.agency.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.writ.audit.AuditTrail;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WritIntegrationTest
class OfficialDomainsPageIntegrationTests {

	static final String ADMIN = "alex.admin@contoso-cloud.example";

	static final String ANALYST = "dana.analyst@contoso-cloud.example";

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	final String tag = "w" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	@WithUserDetails(ADMIN)
	void the_admin_home_links_to_the_official_domains() throws Exception {
		this.mvc.perform(get("/admin"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/domains\"")));
	}

	@Test
	@WithUserDetails(ADMIN)
	void the_administrator_uploads_the_registry_sees_the_report_and_the_import_is_audited() throws Exception {
		// given
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		this.mvc.perform(multipart("/admin/domains/import").file(csv("""
				Domain name,Domain type,Organization name,Suborganization name,City,State
				%1$s-city.gov,City,City of %1$s,,Springfield,IL
				%1$s.example.com,City,Nowhere,,Nowhere,IL
				""".formatted(this.tag))).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("role=\"status\""),
					containsString("registry.csv: 2 rows read: 1 inserted, 0 updated, 0 unchanged, 1 bad"),
					containsString("line 3: &#39;" + this.tag + ".example.com&#39; is not a .gov domain name"))));
		audit.expect(AuditAction.OFFICIAL_DOMAINS_IMPORTED).actor(ADMIN).detail("inserted", "1").assertRecorded();
	}

	@Test
	@WithUserDetails(ADMIN)
	void the_administrator_searches_the_candidate_domains() throws Exception {
		// given
		this.mvc.perform(multipart("/admin/domains/import")
			.file(csv("Domain name,Domain type,Organization name\n%1$s-a.gov,City,Alpha %1$s\n%1$s-b.gov,County,Beta\n"
				.formatted(this.tag)))
			.with(csrf()));
		// when / then
		this.mvc.perform(get("/admin/domains").param("q", "alpha " + this.tag))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Showing 1–1 of 1"), containsString(this.tag + "-a.gov"),
					not(containsString(this.tag + "-b.gov")))));
	}

	@Test
	@WithUserDetails(ADMIN)
	void a_file_without_the_registry_header_is_refused_with_an_alert() throws Exception {
		this.mvc.perform(multipart("/admin/domains/import").file(csv("alpha.gov,City,Alpha\n")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("role=\"alert\""),
					containsString("registry.csv has no header row naming the columns"))));
	}

	@Test
	@WithUserDetails(ADMIN)
	void an_upload_without_a_file_is_refused_with_an_alert() throws Exception {
		this.mvc.perform(multipart("/admin/domains/import").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose the registry&#39;s CSV file to import")));
	}

	@Test
	@WithUserDetails(ANALYST)
	void an_analyst_may_neither_see_nor_import_official_domains_and_the_attempt_is_audited() throws Exception {
		// given
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		this.mvc.perform(get("/admin/domains")).andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/admin/domains/import").file(csv("Domain name,Domain type,Organization name\n"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		audit.expect(AuditAction.ACCESS_DENIED).actor(ANALYST).subject("request:GET /admin/domains").assertRecorded();
		audit.expect(AuditAction.OFFICIAL_DOMAINS_IMPORTED).assertNotRecorded();
	}

	@Test
	@WithUserDetails("a.rivera@fbi.gov")
	void an_officer_may_not_see_the_official_domains() throws Exception {
		this.mvc.perform(get("/admin/domains")).andExpect(status().isForbidden());
	}

	private static MockMultipartFile csv(String content) {
		return new MockMultipartFile("file", "registry.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

}
