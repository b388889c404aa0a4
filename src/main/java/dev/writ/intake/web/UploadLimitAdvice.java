package dev.writ.intake.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request larger than the server accepts is refused before any page sees it; this says
 * so in words (a page for people, problem JSON for the API) instead of a bare error.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

	private final DataSize documentLimit;

	UploadLimitAdvice(@Value("${writ.documents.max-size:20MB}") DataSize documentLimit) {
		this.documentLimit = documentLimit;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request) {
		String problem = "The upload is too large: each document may be at most " + this.documentLimit.toMegabytes()
				+ " MB.";
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, problem);
			detail.setProperty("field", "document");
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(detail);
		}
		ModelAndView page = new ModelAndView("intake/upload-too-large");
		page.addObject("problem", problem);
		page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
		return page;
	}

}
