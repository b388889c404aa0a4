package dev.writ.rules.scenario;

import java.time.LocalDate;
import java.util.function.Consumer;

import dev.writ.rules.DemandFacts;
import dev.writ.shared.legal.AccountType;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioReaderTests {

	final ScenarioReader reader = new ScenarioReader();

	@Test
	void a_complete_scenario_becomes_facts_with_the_expected_answer_kept_aside() {
		// when
		Scenario scenario = this.reader.read(ScenarioSamples.subpoena("s-1").toString());
		// then
		DemandFacts facts = scenario.facts();
		assertThat(facts.id()).isEqualTo("s-1");
		assertThat(facts.evaluatedOn()).as("defaults to the receipt date").isEqualTo(LocalDate.of(2026, 2, 3));
		assertThat(facts.targets().get(0).accountType()).isEqualTo(AccountType.CONSUMER);
		assertThat(scenario.expected().get("outcome").asString()).isEqualTo("disclose_noncontent_only");
	}

	@Test
	void unknown_fields_are_ignored() {
		assertThat(read(json -> json.put("reviewer_notes", "anything")).id()).isEqualTo("s");
	}

	@Test
	void a_missing_required_field_is_named_by_its_path() {
		assertError(json -> ((ObjectNode) json.get("requester")).remove("kind"), "requester.kind", "missing");
	}

	@Test
	void an_unknown_enum_value_is_named_with_the_allowed_values() {
		assertError(json -> ((ObjectNode) json.get("targets").get(0)).put("identifier_type", "fax"),
				"targets[0].identifier_type", "unknown value 'fax'; allowed: email, phone");
	}

	@Test
	void an_impossible_date_is_refused() {
		assertError(json -> ((ObjectNode) json.get("process")).put("issue_date", "2026-02-30"), "process.issue_date",
				"'2026-02-30' is not a valid date");
	}

	@Test
	void a_wrong_type_is_refused() {
		assertError(json -> ((ObjectNode) json.get("process")).put("signed", "yes"), "process.signed",
				"expected true or false");
	}

	@Test
	void an_unknown_data_category_is_named_by_its_index() {
		assertError(json -> json.putArray("data_requested").add("basic_subscriber_info").add("dna"),
				"data_requested[1]", "unknown value 'dna'");
	}

	@Test
	void a_demand_without_targets_is_refused() {
		assertError(json -> json.putArray("targets"), "targets", "at least one target is required");
	}

	@Test
	void a_requester_country_that_is_not_an_iso_code_is_refused() {
		assertError(json -> ((ObjectNode) json.get("requester")).put("country", "USA"), "requester.country",
				"ISO 3166-1 alpha-2");
	}

	@Test
	void invalid_json_says_where() {
		assertThatThrownBy(() -> this.reader.read("{\"id\": \"x\",\n  \"received_date\": }"))
			.isInstanceOf(ScenarioInputException.class)
			.hasMessageContaining("invalid JSON")
			.hasMessageContaining("line 2");
	}

	@Test
	void a_us_person_defaults_to_an_owner_living_in_the_us() {
		DemandFacts facts = read(json -> ((ObjectNode) json.get("targets").get(0)).remove("is_us_person"));
		assertThat(facts.targets().get(0).usPerson()).isTrue();
	}

	private DemandFacts read(Consumer<ObjectNode> change) {
		ObjectNode json = ScenarioSamples.subpoena("s");
		change.accept(json);
		return this.reader.read(json.toString()).facts();
	}

	private void assertError(Consumer<ObjectNode> change, String field, String problem) {
		ObjectNode json = ScenarioSamples.subpoena("s");
		change.accept(json);
		assertThatThrownBy(() -> this.reader.read(json.toString())).isInstanceOfSatisfying(ScenarioInputException.class,
				ex -> {
					assertThat(ex.field()).isEqualTo(field);
					assertThat(ex.getMessage()).startsWith(field + ": ").contains(problem);
				});
	}

}
