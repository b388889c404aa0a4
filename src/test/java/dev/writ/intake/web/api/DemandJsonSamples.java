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

}
