package dev.writ.rules.scenario;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scenario documents for parser and command tests.
 */
final class ScenarioSamples {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ScenarioSamples() {
	}

	/** A valid grand-jury subpoena for subscriber records, with its expected answer. */
	static ObjectNode subpoena(String id) {
		return (ObjectNode) JSON.readTree(
				"""
						{
						  "id": "%s",
						  "received_date": "2026-02-03",
						  "requester": {"kind": "law_enforcement", "agency": "FBI Seattle Field Office", "country": "US",
						    "state_or_region": "WA", "level": "federal", "verified_agency": true, "official_email_domain": true},
						  "process": {"type": "grand_jury_subpoena", "issued_by": "U.S. Attorney's Office (grand jury)",
						    "issuing_jurisdiction": "US-federal", "signed": true, "on_letterhead": true, "issue_date": "2026-01-28",
						    "addressed_to": "Contoso Cloud, Inc.", "date_range": {"from": "2025-06-01", "to": "2025-12-31"},
						    "nondisclosure_order": {"present": false, "expires": null, "statute": null},
						    "service_channel": "law_enforcement_portal", "issuer_role": "prosecutor"},
						  "targets": [{"identifier": "k.morrow@contosomail.example", "identifier_type": "email",
						    "account_type": "consumer", "enterprise_seats": null, "data_location": "US",
						    "owner_residence_country": "US", "exists": true, "is_us_person": true}],
						  "data_requested": ["basic_subscriber_info", "ip_connection_history"],
						  "context": {"child_exploitation": false, "hacked_account_suspected": false, "danger_to_life": false},
						  "expected": {"outcome": "disclose_noncontent_only", "reasons": ["PROCESS_SUFFICIENT"],
						    "data_to_release": ["basic_subscriber_info", "ip_connection_history"], "user_notice": "notify_now",
						    "reimbursement_allowed": true, "deadline": null,
						    "per_target": [{"identifier": "k.morrow@contosomail.example", "outcome": "disclose_noncontent_only"}]}
						}
						"""
					.formatted(id));
	}

}
