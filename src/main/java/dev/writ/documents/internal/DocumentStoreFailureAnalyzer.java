package dev.writ.documents.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused document setting into Spring Boot's start-up failure report: the one
 * line saying what to set, no stack trace. Registered in
 * {@code META-INF/spring.factories}.
 */
class DocumentStoreFailureAnalyzer extends AbstractFailureAnalyzer<DocumentStoreMisconfigured> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DocumentStoreMisconfigured cause) {
		return new FailureAnalysis(cause.getMessage(), "Fix the document store setting named above and start again.",
				cause);
	}

}
