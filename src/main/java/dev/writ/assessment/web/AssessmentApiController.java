package dev.writ.assessment.web;

import dev.writ.rules.Assessment;
import dev.writ.rules.AssessmentEngine;
import dev.writ.rules.scenario.AssessmentJson;
import dev.writ.rules.scenario.Scenario;
import dev.writ.rules.scenario.ScenarioInputException;
import dev.writ.rules.scenario.ScenarioReader;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/assessments}: the same engine as {@code writ assess}, for staff.
 * Takes one scenario (docs/spec/scenario-format.md) and answers with the assessment in
 * the same JSON as the command prints.
 */
@RestController
@PreAuthorize("hasAnyRole('ANALYST', 'COUNSEL', 'ADMIN', 'AUDITOR')")
class AssessmentApiController {

	static final int MAX_BODY_CHARS = 256 * 1024;

	private final AssessmentEngine engine;

	private final ScenarioReader reader = new ScenarioReader();

	private final AssessmentJson json = new AssessmentJson();

	AssessmentApiController(AssessmentEngine engine) {
		this.engine = engine;
	}

	@PostMapping(path = "/api/v1/assessments", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ObjectNode assess(@RequestBody String body) {
		if (body.length() > MAX_BODY_CHARS) {
			throw new ScenarioInputException("", "the request body exceeds " + MAX_BODY_CHARS + " characters");
		}
		Scenario scenario = this.reader.read(body);
		Assessment assessment = this.engine.assess(scenario.facts());
		return this.json.write(assessment, scenario.facts());
	}

	@ExceptionHandler(ScenarioInputException.class)
	ProblemDetail invalidInput(ScenarioInputException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid scenario");
		problem.setProperty("field", ex.field());
		return problem;
	}

}
