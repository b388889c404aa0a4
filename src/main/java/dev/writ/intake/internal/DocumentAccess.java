package dev.writ.intake.internal;

import dev.writ.documents.DocumentStore;
import dev.writ.intake.DemandDocuments;
import dev.writ.intake.DocumentViewed;
import dev.writ.shared.validation.InvalidInput;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens documents and records each opening; the audit entry is written in the same
 * transaction that hands the document out.
 */
@Service
class DocumentAccess implements DemandDocuments {

	private final DemandRepository demands;

	private final DocumentStore store;

	private final ApplicationEventPublisher events;

	DocumentAccess(DemandRepository demands, DocumentStore store, ApplicationEventPublisher events) {
		this.demands = demands;
		this.store = store;
		this.events = events;
	}

	@Override
	@Transactional
	public OpenedDocument open(String reference, String storageKey, String actor) {
		Demand demand = this.demands.findByReference(reference)
			.orElseThrow(() -> new InvalidInput("reference", "no demand " + reference));
		DemandDocument document = demand.documents()
			.stream()
			.filter(candidate -> candidate.storageKey().equals(storageKey))
			.findFirst()
			.orElseThrow(() -> new InvalidInput("document", "demand " + reference + " has no such document"));
		this.events.publishEvent(new DocumentViewed(demand.id(), reference, demand.agencyId(), storageKey,
				document.kind().name(), actor));
		return new OpenedDocument(document.fileName(), document.contentType(), document.sizeBytes(),
				this.store.open(storageKey));
	}

}
