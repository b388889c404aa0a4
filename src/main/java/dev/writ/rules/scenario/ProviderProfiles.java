package dev.writ.rules.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ProviderProfile.AcceptedChannels;
import dev.writ.rules.ProviderProfile.Reimbursement;
import tools.jackson.databind.JsonNode;

/**
 * Provider profiles as JSON files (docs/rules.md, "Adapting the profile"). The built-in
 * demo profile is Contoso Cloud, the provider of the scenarios.
 */
public final class ProviderProfiles {

	static final String CONTOSO = "/dev/writ/rules/contoso-cloud.profile.json";

	private ProviderProfiles() {
	}

	/** The demo provider: Contoso Cloud, Inc. */
	public static ProviderProfile contosoCloud() {
		try (InputStream in = ProviderProfiles.class.getResourceAsStream(CONTOSO)) {
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the built-in profile " + CONTOSO + " is missing from the jar", ex);
		}
	}

	/** A profile from a file. */
	public static ProviderProfile read(Path file) throws IOException {
		return parse(Files.readString(file));
	}

	static ProviderProfile parse(String json) {
		JsonFields profile = new JsonFields(ScenarioReader.JSON.readTree(json), "");
		JsonFields channels = profile.requiredObject("accepted_channels");
		JsonFields reimbursement = profile.requiredObject("reimbursement");
		return new ProviderProfile(profile.requiredString("name"), strings(profile, "legal_names"),
				strings(profile, "aliases"), profile.requiredString("eu_designated_establishment"),
				profile.requiredString("headquarters"), services(profile), seatThreshold(profile),
				new AcceptedChannels(Set.copyOf(strings(channels, "us_process")),
						Set.copyOf(strings(channels, "emergency")), Set.copyOf(strings(channels, "eu_orders")),
						Set.copyOf(strings(channels, "uk_orders"))),
				new Reimbursement(reimbursement.requiredBoolean("us_government"),
						reimbursement.requiredBoolean("civil"), reimbursement.requiredBoolean("emergencies"),
						reimbursement.requiredBoolean("child_exploitation")));
	}

	private static int seatThreshold(JsonFields profile) {
		Integer seats = profile.optionalCount("enterprise_seat_threshold");
		if (seats == null) {
			throw profile.error("enterprise_seat_threshold", "missing");
		}
		return seats;
	}

	private static List<String> strings(JsonFields fields, String name) {
		return fields.requiredArray(name, (node, path) -> {
			if (!node.isString()) {
				throw new ScenarioInputException(path, "expected a string, got " + node);
			}
			return node.stringValue();
		});
	}

	private static Map<String, String> services(JsonFields profile) {
		Map<String, String> services = new LinkedHashMap<>();
		JsonFields object = profile.optionalObject("services");
		if (object != null) {
			for (Map.Entry<String, JsonNode> entry : object.node().properties()) {
				services.put(entry.getKey(), entry.getValue().asString());
			}
		}
		return services;
	}

}
