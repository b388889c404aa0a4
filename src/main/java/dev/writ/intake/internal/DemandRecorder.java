package dev.writ.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.writ.documents.DocumentStore;
import dev.writ.documents.StoredDocument;
import dev.writ.intake.DemandStatus;
import dev.writ.intake.TrustSignal;
import dev.writ.intake.Upload;
import dev.writ.intake.internal.FactsAssembler.Assembled;
import dev.writ.rules.Assessment;
import dev.writ.rules.AssessmentEngine;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.validation.InvalidInput;

import org.springframework.stereotype.Component;

/**
 * Turns one submission into a version ready to record: documents stored encrypted, facts
 * assembled, the engine's assessment, the trust signals, and the status that follows from
 * them.
 */
@Component
class DemandRecorder {

	private final DocumentStore documents;

	private final FactsAssembler assembler;

	private final AssessmentEngine engine;

	private final TrustSignals trustSignals;

	DemandRecorder(DocumentStore documents, FactsAssembler assembler, AssessmentEngine engine,
			TrustSignals trustSignals) {
		this.documents = documents;
		this.assembler = assembler;
		this.engine = engine;
		this.trustSignals = trustSignals;
	}

	Recorded record(Submission submission, String reference, Instant now, LocalDate today) {
		List<DemandDocument> stored = store(submission, now);
		Assembled assembled = this.assembler.assemble(submission.command(), submission.agency(),
				submission.officer().username(), today);
		DemandFacts facts = withId(assembled.facts(), reference);
		Assessment assessment = this.engine.assess(facts);
		List<TrustSignal> signals = this.trustSignals.of(submission, now);
		DemandStatus status = status(facts, assessment);
		SubmittedVersion version = new SubmittedVersion(submission.agency().id(), submission.officer().id(),
				submission.command().channel(), assembled.requester(), assembled.process(), assembled.targets(),
				facts.dataRequested(), assembled.context(), stored, status, assessment.outcome().code(),
				assessment.deadline(), dueAt(now, assessment.deadline()), submission.command().attested() ? now : null);
		return new Recorded(version, facts, assessment, signals);
	}

	/**
	 * An emergency request from a sender who could not be verified waits for a call-back,
	 * whatever else is wrong with it: telling a possible impostor what to fix would teach
	 * them to forge better. Anything else the engine rejects goes back to the requester
	 * to correct.
	 */
	private static DemandStatus status(DemandFacts facts, Assessment assessment) {
		boolean unverifiedEmergency = facts.process().type() == ProcessType.EMERGENCY_REQUEST
				&& assessment.reasons().contains(ReasonCode.EMERGENCY_UNVERIFIED_SENDER);
		if (unverifiedEmergency) {
			return DemandStatus.HELD_FOR_VERIFICATION;
		}
		return Deficiencies.of(assessment).isEmpty() ? DemandStatus.RECEIVED : DemandStatus.DEFICIENT;
	}

	private List<DemandDocument> store(Submission submission, Instant now) {
		List<DemandDocument> stored = new ArrayList<>();
		for (Upload upload : submission.command().documents()) {
			StoredDocument document = storeOne(upload, submission.command().actor());
			stored.add(new DemandDocument(UUID.randomUUID(), upload.kind(), document.fileName(), document.contentType(),
					document.sizeBytes(), document.sha256(), document.storageKey(), now, submission.officer().id(),
					document.pageCount(), 0));
		}
		return stored;
	}

	private StoredDocument storeOne(Upload upload, String actor) {
		try (InputStream content = upload.content().getInputStream()) {
			return this.documents.store(content, upload.fileName(), actor);
		}
		catch (InvalidInput ex) {
			// Name the upload that was refused: a demand may carry several.
			throw new InvalidInput("document." + upload.kind().name().toLowerCase(java.util.Locale.ROOT),
					upload.fileName() + ": " + ex.problem());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read the upload " + upload.fileName(), ex);
		}
	}

	private static Instant dueAt(Instant receivedAt, String deadline) {
		return (deadline == null) ? null : receivedAt.plus(Duration.parse(deadline));
	}

	private static DemandFacts withId(DemandFacts facts, String reference) {
		return new DemandFacts(reference, facts.receivedDate(), facts.evaluatedOn(), facts.requester(), facts.process(),
				facts.targets(), facts.dataRequested(), facts.context());
	}

	/**
	 * A version with what the engine and the trust checks made of it.
	 */
	record Recorded(SubmittedVersion version, DemandFacts facts, Assessment assessment, List<TrustSignal> signals) {

	}

}
