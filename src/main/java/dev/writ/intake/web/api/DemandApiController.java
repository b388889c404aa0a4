package dev.writ.intake.web.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import dev.writ.identity.AccessDenied;
import dev.writ.identity.SignedInUser;
import dev.writ.intake.DemandDetail;
import dev.writ.intake.DemandOutcomes;
import dev.writ.intake.DemandQueries;
import dev.writ.intake.SubmitDemand;
import dev.writ.intake.internal.IdempotentIntake;
import dev.writ.intake.internal.IdempotentIntake.Once;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The demand API for agency officers, with a personal API token: submit a demand
 * ({@code POST /api/v1/demands}, multipart: a {@code demand} JSON part and one or more
 * {@code document} PDFs), follow it ({@code GET /api/v1/demands/{reference}}) and send a
 * corrected version ({@code POST /api/v1/demands/{reference}/revisions}). Submissions
 * carry an {@code Idempotency-Key}: a retry gets the first answer again. Who is asking
 * comes from the token, never from the body.
 */
@RestController
@PreAuthorize("hasRole('OFFICER')")
class DemandApiController {

	static final String REPLAYED = "Idempotent-Replayed";

	private final DemandJsonParser parser = new DemandJsonParser();

	private final IdempotentIntake intake;

	private final DemandQueries queries;

	private final ApplicationEventPublisher events;

	private final DemandOutcomes outcomes;

	DemandApiController(IdempotentIntake intake, DemandQueries queries, ApplicationEventPublisher events,
			DemandOutcomes outcomes) {
		this.outcomes = outcomes;
		this.intake = intake;
		this.queries = queries;
		this.events = events;
	}

	@PostMapping(path = "/api/v1/demands", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> submit(@AuthenticationPrincipal SignedInUser officer,
			@RequestHeader(name = ApiSubmission.IDEMPOTENCY_KEY, required = false) @Nullable String key,
			@RequestPart(name = DemandJsonParser.PART, required = false) byte @Nullable [] demand,
			@RequestPart(name = ApiSubmission.DOCUMENT, required = false) @Nullable List<MultipartFile> documents) {
		String checkedKey = ApiSubmission.key(key);
		byte[] json = ApiSubmission.demand(demand);
		List<MultipartFile> files = ApiSubmission.documents(documents);
		SubmitDemand command = command(officer, json, files);
		Once once = this.intake.receiveOnce(officer.id(), checkedKey, ApiSubmission.hash("demand", json, files),
				command);
		return answer(once);
	}

	@GetMapping(path = "/api/v1/demands/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> status(@AuthenticationPrincipal SignedInUser officer, @PathVariable String reference,
			HttpServletRequest request) {
		return ReceiptJson.status(ofAgency(officer, reference, request), this.outcomes.notices(reference));
	}

	@PostMapping(path = "/api/v1/demands/{reference}/revisions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> revise(@AuthenticationPrincipal SignedInUser officer,
			@PathVariable String reference,
			@RequestHeader(name = ApiSubmission.IDEMPOTENCY_KEY, required = false) @Nullable String key,
			@RequestPart(name = DemandJsonParser.PART, required = false) byte @Nullable [] demand,
			@RequestPart(name = ApiSubmission.DOCUMENT, required = false) @Nullable List<MultipartFile> documents,
			HttpServletRequest request) {
		String checkedKey = ApiSubmission.key(key);
		ofAgency(officer, reference, request);
		byte[] json = ApiSubmission.demand(demand);
		List<MultipartFile> files = ApiSubmission.documents(documents);
		SubmitDemand command = command(officer, json, files);
		Once once = this.intake.resubmitOnce(officer.id(), checkedKey,
				ApiSubmission.hash("revision:" + reference, json, files), reference, command);
		return answer(once);
	}

	private SubmitDemand command(SignedInUser officer, byte[] json, List<MultipartFile> files) {
		ParsedDemand parsed = this.parser.parse(json);
		if (officer.agencyId() == null) {
			throw new IllegalStateException("an officer without an agency: " + officer.getUsername());
		}
		return parsed.command(officer.agencyId(), officer.id(), officer.getUsername(), ApiSubmission.uploads(files));
	}

	private static ResponseEntity<Map<String, Object>> answer(Once once) {
		Map<String, Object> body = ReceiptJson.receipt(once.receipt());
		if (once.replayed()) {
			return ResponseEntity.ok().header(REPLAYED, "true").body(body);
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/demands/" + once.receipt().reference()))
			.body(body);
	}

	/**
	 * The demand, when it belongs to the officer's agency. Another agency's demand is
	 * answered as if it did not exist, and the attempt is audited.
	 */
	private DemandDetail ofAgency(SignedInUser officer, String reference, HttpServletRequest request) {
		DemandDetail detail = this.queries.detail(reference).orElseThrow(() -> new DemandNotFound(reference));
		if (!detail.agencyId().equals(officer.agencyId())) {
			this.events.publishEvent(new AccessDenied(officer.getUsername(),
					request.getMethod() + " " + request.getRequestURI(), request.getRemoteAddr()));
			throw new DemandNotFound(reference);
		}
		return detail;
	}

}
