package dev.writ.intake.web.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documented example demand (docs/api/demand-example.json), as text and as a tree a
 * test can change.
 */
final class DemandJsonSamples {

	static final Path EXAMPLE = Path.of("docs/api/demand-example.json");

	static final JsonMapper JSON = JsonMapper.builder().build();

	private DemandJsonSamples() {
	}

	static String example() {
		try {
			return Files.readString(EXAMPLE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ObjectNode exampleTree() {
		return (ObjectNode) JSON.readTree(example());
	}

	/** The example with {@code "signed": false}. */
	static String unsigned() {
		return with(example(), "process", "signed", "false");
	}

	/** The JSON with one field of the root ({@code object} empty) or a child set. */
	static String with(String json, String object, String field, String value) {
		ObjectNode root = (ObjectNode) JSON.readTree(json);
		ObjectNode parent = object.isEmpty() ? root : (ObjectNode) root.get(object);
		parent.set(field, JSON.readTree(value));
		return root.toString();
	}

	/** The JSON with its first target replaced. */
	static String target(String json, String identifier, String type) {
		ObjectNode root = (ObjectNode) JSON.readTree(json);
		ObjectNode target = (ObjectNode) root.get("targets").get(0);
		target.put("identifier", identifier).put("identifier_type", type);
		return root.toString();
	}

}
