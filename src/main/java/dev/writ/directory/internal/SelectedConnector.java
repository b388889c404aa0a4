package dev.writ.directory.internal;

import java.util.List;

import dev.writ.directory.spi.DirectoryConnector;

/**
 * The one connector the directory uses: the demo connector when
 * {@code writ.directory.connector} is {@code demo}, otherwise the provider's own, of
 * which there must be exactly one.
 */
record SelectedConnector(DirectoryConnector connector) {

	static final String PROPERTY = "writ.directory.connector";

	static final String DEMO = "demo";

	/**
	 * Chooses among the connector beans. "demo" is compared as Spring compares property
	 * values in conditions (ignoring case), so the demo connector bean exists exactly
	 * when it is chosen.
	 * @throws MissingDirectoryConnector when the setting leaves no single connector
	 */
	static SelectedConnector choose(String setting, List<DirectoryConnector> available) {
		boolean demo = DEMO.equalsIgnoreCase(setting);
		List<DirectoryConnector> candidates = available.stream()
			.filter(connector -> (connector instanceof DemoDirectoryConnector) == demo)
			.toList();
		if (candidates.size() != 1) {
			throw new MissingDirectoryConnector(setting, candidates);
		}
		return new SelectedConnector(candidates.get(0));
	}

}
