package dev.writ.rules.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.writ.rules.Assessment;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.DataCategory;
import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

/**
 * Compares an assessment with a scenario's {@code expected} answer: outcome, data to
 * release (as a set), user notice, reimbursement, per-target outcomes, deadline and
 * preservation date where the answer states them, and that every expected reason code was
 * produced.
 */
public final class ExpectationCheck {

	public List<Mismatch> compare(Assessment actual, @Nullable JsonNode expected) {
		List<Mismatch> mismatches = new ArrayList<>();
		if (expected == null || !expected.isObject()) {
			mismatches.add(new Mismatch("expected", "an expected answer", "none in the file"));
			return mismatches;
		}
		same(mismatches, expected, "outcome", actual.outcome().code());
		same(mismatches, expected, "user_notice", actual.userNotice().code());
		same(mismatches, expected, "reimbursement_allowed", Boolean.toString(actual.reimbursementAllowed()));
		same(mismatches, expected, "deadline", String.valueOf(actual.deadline()));
		same(mismatches, expected, "preserve_until", String.valueOf(actual.preserveUntil()));
		sameSet(mismatches, expected, "data_to_release",
				actual.dataToRelease().stream().map(DataCategory::code).toList());
		perTarget(mismatches, expected, actual);
		reasons(mismatches, expected, actual);
		return mismatches;
	}

	private static void same(List<Mismatch> mismatches, JsonNode expected, String field, String actual) {
		if (!expected.has(field)) {
			return;
		}
		JsonNode value = expected.get(field);
		String wanted = value.isNull() ? "null" : value.asString();
		if (!wanted.equals(actual)) {
			mismatches.add(new Mismatch(field, wanted, actual));
		}
	}

	private static void sameSet(List<Mismatch> mismatches, JsonNode expected, String field, List<String> actual) {
		if (!expected.has(field)) {
			return;
		}
		List<String> wanted = strings(expected.get(field));
		if (!new HashSet<>(wanted).equals(new HashSet<>(actual))) {
			mismatches.add(new Mismatch(field, wanted.toString(), actual.toString()));
		}
	}

	private static void perTarget(List<Mismatch> mismatches, JsonNode expected, Assessment actual) {
		if (!expected.has("per_target")) {
			return;
		}
		List<String> wanted = new ArrayList<>();
		expected.get("per_target")
			.forEach(t -> wanted.add(t.path("identifier").asString() + "=" + t.path("outcome").asString()));
		List<String> got = actual.perTarget().stream().map(t -> t.identifier() + "=" + t.outcome().code()).toList();
		if (!wanted.equals(got)) {
			mismatches.add(new Mismatch("per_target", wanted.toString(), got.toString()));
		}
	}

	private static void reasons(List<Mismatch> mismatches, JsonNode expected, Assessment actual) {
		Set<String> got = new HashSet<>(actual.reasons().stream().map(ReasonCode::name).toList());
		List<String> missing = strings(expected.path("reasons")).stream().filter(code -> !got.contains(code)).toList();
		if (!missing.isEmpty()) {
			mismatches.add(new Mismatch("reasons", "to include " + missing,
					actual.reasons().stream().map(ReasonCode::name).toList().toString()));
		}
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		if (array != null && array.isArray()) {
			array.forEach(item -> strings.add(item.asString()));
		}
		return strings;
	}

}
