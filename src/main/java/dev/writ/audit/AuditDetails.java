package dev.writ.audit;

import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Canonical JSON for audit details: keys sorted, values plain strings, so equal details
 * always hash alike.
 */
public final class AuditDetails {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AuditDetails() {
	}

	public static String canonical(Map<String, String> details) {
		return JSON.writeValueAsString(new TreeMap<>(details));
	}

	public static Map<String, String> parse(String json) {
		return JSON.readValue(json, new TypeReference<TreeMap<String, String>>() {
		});
	}

}
