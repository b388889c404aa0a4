package dev.writ.intake.web.api;

import java.time.LocalDate;

import dev.writ.intake.NamedTarget;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.IdentifierType;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.legal.ServiceChannel;
import dev.writ.shared.validation.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The API's demand JSON is read into what a requester may state, and anything else is
 * refused naming the field.
 */
class DemandJsonParserTests {

	final DemandJsonParser parser = new DemandJsonParser();

	@Test
	void the_documented_example_is_read_with_the_portal_as_its_channel() {
		// given
		String json = DemandJsonSamples.example();
		// when
		ParsedDemand demand = this.parser.parse(json);
		// then
		assertThat(demand.process().type()).isEqualTo(ProcessType.GRAND_JURY_SUBPOENA);
		assertThat(demand.process().issuance().signed()).isTrue();
		assertThat(demand.process().issuance().issueDate()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(demand.process().delivery().serviceChannel()).isEqualTo(ServiceChannel.LAW_ENFORCEMENT_PORTAL);
		assertThat(demand.process().dateRange().to()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(demand.targets())
			.containsExactly(new NamedTarget("k.morrow@contosomail.example", IdentifierType.EMAIL));
		assertThat(demand.dataRequested()).containsExactly(DataCategory.BASIC_SUBSCRIBER_INFO);
	}

	@Test
	void optional_facts_of_warrants_and_foreign_orders_are_read() {
		// given
		ObjectNode json = DemandJsonSamples.exampleTree();
		ObjectNode process = (ObjectNode) json.get("process");
		process.put("type", "search_warrant").put("validated_by", "judge").put("eu_instrument", "EPOC");
		process.putObject("offence").put("description", "fraud").put("max_sentence_years", 10).put("listed", true);
		process.putObject("nondisclosure_order").put("present", true).put("statute", "18 U.S.C. 2705(b)");
		process.putObject("prior_preservation").put("received_date", "2026-01-05").put("reference", "WR-2026-000007");
		json.putObject("context").put("danger_to_life", true).putObject("conflict_law").put("country", "IE");
		// when
		ParsedDemand demand = this.parser.parse(json.toString());
		// then
		assertThat(demand.process().offence().maxSentenceYears()).isEqualTo(10);
		assertThat(demand.process().crossBorder().euInstrument()).isEqualTo("EPOC");
		assertThat(demand.process().nondisclosureOrder().present()).isTrue();
		assertThat(demand.process().priorPreservation().receivedOn()).isEqualTo(LocalDate.of(2026, 1, 5));
		assertThat(demand.context().dangerToLife()).isTrue();
		assertThat(demand.context().conflict().lawCountry()).isEqualTo("IE");
	}

	@ParameterizedTest(name = "{0} = {1} is refused naming {2}")
	@CsvSource(delimiter = '|',
			textBlock = """
					process.issue_date             | "2026-02-30"        | process.issue_date
					process.type                   | "writ_of_mandamus"  | process.type
					process.signed                 | "yes"               | process.signed
					process.service_channel        | "support_chat"      | process.service_channel
					process.date_range             | {"from":"2026-01-01","to":"2025-01-01"} | process.date_range.to
					process.offence                | {"max_sentence_years":-1} | process.offence.max_sentence_years
					process.nondisclosure_order    | {"present":true,"until":"2027-01-01"} | process.nondisclosure_order.until
					process.issued_by              | "  "                | process.issued_by
					process.case_number            | "GJ\\u0000-1"       | process.case_number
					requester                      | {"kind":"law_enforcement"} | requester
					colour                         | "blue"              | colour
					attested                       | false               | attested
					targets                        | []                  | targets
					targets                        | [{"identifier":"k.morrow.contosomail.example","identifier_type":"email"}] | targets[0].identifier
					targets                        | [{"identifier":"+1 206 CALL NOW","identifier_type":"phone"}] | targets[0].identifier
					targets                        | [{"identifier":"198.51.100.300","identifier_type":"ip"}] | targets[0].identifier
					targets                        | [{"identifier":"2001:db8:::1","identifier_type":"ip"}] | targets[0].identifier
					targets                        | [{"identifier":"a@b.example","identifier_type":"fax"}] | targets[0].identifier_type
					targets                        | [{"identifier":"a@b.example","identifier_type":"email","exists":true}] | targets[0].exists
					data_requested                 | ["basic_subscriber_info","dna"] | data_requested[1]
					context                        | {"conflict_law":{"country":"Ireland"}} | context.conflict_law.country
					""")
	void a_wrong_field_is_refused_naming_its_path(String path, String value, String field) {
		// given
		ObjectNode json = DemandJsonSamples.exampleTree();
		String[] parts = path.split("\\.");
		ObjectNode parent = (parts.length == 1) ? json : (ObjectNode) json.get(parts[0]);
		parent.set(parts[parts.length - 1], DemandJsonSamples.JSON.readTree(value));
		// when
		InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> this.parser.parse(json.toString()));
		// then
		assertThat(refused).as("refused").isNotNull();
		assertThat(refused.field()).isEqualTo(field);
		assertThat(refused.getMessage()).startsWith(field + ": ");
	}

	@Test
	void a_missing_required_field_is_named() {
		// given
		ObjectNode json = DemandJsonSamples.exampleTree();
		((ObjectNode) json.get("process")).remove("issue_date");
		// when
		InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> this.parser.parse(json.toString()));
		// then
		assertThat(refused.field()).isEqualTo("process.issue_date");
		assertThat(refused.problem()).isEqualTo("missing");
	}

	@Test
	void an_unknown_field_is_refused_and_the_allowed_ones_are_listed() {
		// given
		ObjectNode json = DemandJsonSamples.exampleTree();
		((ObjectNode) json.get("process")).put("issue_dat", "2026-01-01");
		// when
		InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> this.parser.parse(json.toString()));
		// then
		assertThat(refused.field()).isEqualTo("process.issue_dat");
		assertThat(refused.problem()).contains("unknown field").contains("issue_date");
	}

	@Test
	void a_field_with_an_odd_name_is_named_quoted() {
		// when
		InvalidInput empty = catchThrowableOfType(InvalidInput.class, () -> this.parser.parse("{\"\": 0}"));
		InvalidInput dotted = catchThrowableOfType(InvalidInput.class,
				() -> this.parser.parse("{\"process\": {\"a.b\": 1}}"));
		// then
		assertThat(empty.field()).isEqualTo("[\"\"]");
		assertThat(dotted.field()).isEqualTo("process[\"a.b\"]");
	}

	@Test
	void broken_json_duplicate_keys_and_trailing_text_are_refused_as_the_demand_part() {
		for (String broken : new String[] { "{\"process\": ", "{\"attested\": true, \"attested\": true}",
				DemandJsonSamples.example() + " {}", "", "[1, 2]" }) {
			// when
			InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> this.parser.parse(broken));
			// then
			assertThat(refused).as(broken).isNotNull();
			assertThat(refused.field()).isEqualTo("demand");
		}
	}

}
