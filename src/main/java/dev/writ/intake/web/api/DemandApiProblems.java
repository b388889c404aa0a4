package dev.writ.intake.web.api;

import dev.writ.intake.internal.IdempotentIntake.IdempotencyConflict;
import dev.writ.shared.validation.InvalidInput;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The demand API's refusals as RFC 9457 problem JSON: bad input names the field
 * ({@code field}, and in {@code detail}), a reused idempotency key is a conflict.
 */
@RestControllerAdvice(assignableTypes = DemandApiController.class)
class DemandApiProblems {

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalidInput(InvalidInput ex) {
		// Every document arrives in a part named "document"; intake names the kind
		// (document.legal_process), the message names the file.
		String field = ex.field().startsWith("document.") ? "document" : ex.field();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": " + ex.problem());
		problem.setTitle("Invalid demand");
		problem.setProperty("field", field);
		return problem;
	}

	@ExceptionHandler(IdempotencyConflict.class)
	ProblemDetail conflict(IdempotencyConflict ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				ex.getMessage() + "; use a new key for a new request");
		problem.setTitle("Idempotency-Key reused");
		problem.setProperty("field", ApiSubmission.IDEMPOTENCY_KEY);
		return problem;
	}

	@ExceptionHandler(DemandNotFound.class)
	ProblemDetail notFound(DemandNotFound ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("No such demand");
		return problem;
	}

}
