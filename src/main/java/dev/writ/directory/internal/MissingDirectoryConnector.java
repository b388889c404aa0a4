package dev.writ.directory.internal;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

import dev.writ.directory.spi.DirectoryConnector;

/**
 * Start-up cannot continue: the setting names no single connector. The message is one
 * line that names the property and what to do.
 */
class MissingDirectoryConnector extends IllegalStateException {

	@Serial
	private static final long serialVersionUID = 1L;

	MissingDirectoryConnector(String setting, List<DirectoryConnector> candidates) {
		super(message(setting, candidates));
	}

	private static String message(String setting, List<DirectoryConnector> candidates) {
		String prefix = SelectedConnector.PROPERTY + " (WRIT_DIRECTORY_CONNECTOR) is '" + setting + "'";
		if (candidates.isEmpty()) {
			return prefix + " but no DirectoryConnector bean is defined: implement "
					+ DirectoryConnector.class.getName() + " as a bean, or set " + SelectedConnector.PROPERTY + " to "
					+ SelectedConnector.DEMO + " for the demo directory";
		}
		String names = candidates.stream()
			.map(connector -> connector.getClass().getName())
			.collect(Collectors.joining(", "));
		return prefix + " but " + candidates.size() + " DirectoryConnector beans are defined (" + names
				+ "): keep exactly one";
	}

}
