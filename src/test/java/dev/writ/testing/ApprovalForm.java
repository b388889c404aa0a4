package dev.writ.testing;

import dev.writ.review.ApprovalScope;
import dev.writ.review.CaseReview;
import dev.writ.shared.legal.DataCategory;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The case page's approval form as a reviewer who accepts the engine's recommendation
 * posts it: the scope the form offers, which is the engine's.
 */
public final class ApprovalForm {

	private ApprovalForm() {
	}

	public static MockHttpServletRequestBuilder withEngineScope(MockHttpServletRequestBuilder request,
			CaseReview review, String reference) {
		ApprovalScope engine = review.bounds(reference).orElseThrow().engine();
		request.param("accounts", engine.accounts().toArray(String[]::new))
			.param("categories", engine.categories().stream().map(DataCategory::code).toArray(String[]::new));
		if (engine.hasPeriod()) {
			request.param("from", String.valueOf(engine.from())).param("to", String.valueOf(engine.to()));
		}
		return request;
	}

}
