package dev.writ;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the portal must be told before it serves real demands. Each has a safe-looking
 * default that would be wrong in production (another provider's legal names, a directory
 * of fictitious accounts), so none is assumed: without them the jar refuses to start and
 * names every missing setting in one line. Commands need only the database.
 */
final class RequiredSettings {

	private static final Map<String, String> PORTAL = Map.of("WRIT_DOCUMENT_KEY",
			"the AES-256 key for uploaded documents, base64 of 32 bytes", "WRIT_PROVIDER_PROFILE",
			"your provider profile JSON, or 'demo'", "WRIT_DIRECTORY_CONNECTOR",
			"your account directory connector, or 'demo'");

	private RequiredSettings() {
	}

	/** The one-line refusal, or null when every setting the portal needs is present. */
	static String missingForPortal(Map<String, String> environment) {
		List<String> missing = new ArrayList<>();
		for (String name : List.of("WRIT_DOCUMENT_KEY", "WRIT_PROVIDER_PROFILE", "WRIT_DIRECTORY_CONNECTOR")) {
			if (setting(environment, name).isBlank()) {
				missing.add(name + " (" + PORTAL.get(name) + ")");
			}
		}
		if (missing.isEmpty()) {
			return null;
		}
		return "Writ needs " + String.join(", ", missing)
				+ " before it serves demands; see README.md, or run the demo with ./mvnw spring-boot:test-run";
	}

	static String setting(Map<String, String> environment, String name) {
		String property = System.getProperty(name);
		String value = (property != null) ? property : environment.get(name);
		return (value != null) ? value : "";
	}

}
