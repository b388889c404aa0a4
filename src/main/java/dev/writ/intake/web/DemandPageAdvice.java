package dev.writ.intake.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * How demand pages answer what they cannot serve: an unknown (or another agency's) demand
 * is a plain 404.
 */
@ControllerAdvice(assignableTypes = { OfficerDemandController.class, OfficerSubmissionController.class,
		StaffDemandController.class })
class DemandPageAdvice {

	@ExceptionHandler(UnknownPage.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String unknown() {
		return "error/404";
	}

}
