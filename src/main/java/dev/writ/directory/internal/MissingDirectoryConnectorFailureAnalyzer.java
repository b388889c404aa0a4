package dev.writ.directory.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a missing or ambiguous directory connector as its one-line message instead of a
 * stack trace (registered in META-INF/spring.factories).
 */
class MissingDirectoryConnectorFailureAnalyzer extends AbstractFailureAnalyzer<MissingDirectoryConnector> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingDirectoryConnector cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Provide exactly one bean implementing dev.writ.directory.spi.DirectoryConnector, "
						+ "or set WRIT_DIRECTORY_CONNECTOR to demo for the demo directory.",
				cause);
	}

}
