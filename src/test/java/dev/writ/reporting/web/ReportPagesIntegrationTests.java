package dev.writ.reporting.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.writ.demo.DemoLogin;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator imports a register on its page; staff read the period's report and
 * download it.
 */
@WritIntegrationTest
class ReportPagesIntegrationTests {

	static final String HEADER = "reference,received_date,country,section,process_type,issuer_level,"
			+ "accounts_specified,outcome,enterprise,secrecy_order,data_location\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void an_imported_register_shows_in_the_report_page_and_its_downloads() throws Exception {
		// given
		String csv = HEADER + "P" + UUID.randomUUID() + ",2017-03-01,Japan,criminal,subpoena,foreign,2,"
				+ "non_content_only,false,false,\n";
		// when
		this.mvc
			.perform(multipart("/admin/register")
				.file(new MockMultipartFile("file", "2017.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(as(DemoLogin.ADMIN))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("imported", startsWith("Imported 1 demand(s)")));
		// then
		this.mvc.perform(get("/staff/reports").param("period", "2017-H1").with(as(DemoLogin.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Japan"), containsString("Criminal demands"))));
		this.mvc
			.perform(get("/staff/reports/download").param("period", "2017-H1")
				.param("format", "csv")
				.with(as(DemoLogin.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("writ-report-2017-H1.csv")))
			.andExpect(content().string(containsString("criminal,JP,Japan,")));
	}

	@Test
	void a_register_with_a_bad_row_imports_nothing_and_the_page_names_the_line() throws Exception {
		// given
		String csv = HEADER + "B" + UUID.randomUUID() + ",2017-03-01,Narnia,criminal,subpoena,foreign,2,"
				+ "non_content_only,false,false,\n";
		// when / then
		this.mvc
			.perform(multipart("/admin/register")
				.file(new MockMultipartFile("file", "bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(as(DemoLogin.ADMIN))
				.with(csrf()))
			.andExpect(flash().attribute("importError", containsString("nothing was imported")))
			.andExpect(flash().attribute("badRows", contains(containsString("line 2: country: 'Narnia'"))));
	}

	private RequestPostProcessor as(DemoLogin who) {
		return user(this.accounts.loadUserByUsername(who.username()));
	}

}
