package dev.writ.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.writ.intake.CaseContext;
import dev.writ.intake.DemandStatus;
import dev.writ.intake.DemandSummary;
import dev.writ.intake.LegalProcess;
import dev.writ.intake.Requester;
import dev.writ.intake.SubmitDemand;
import dev.writ.intake.Target;
import dev.writ.shared.legal.DataCategory;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A demand as received (aggregate root): the facts it arrived with, its targets, the data
 * it asks for and its documents.
 */
@Table("demand")
class Demand {

	@Id
	private final UUID id;

	private final String reference;

	private final UUID agencyId;

	private final UUID submittedBy;

	private final DemandStatus status;

	private final Instant receivedAt;

	private final LocalDate receivedOn;

	@Embedded.Empty(prefix = "requester_")
	private final Requester requester;

	@Embedded.Empty(prefix = "process_")
	private final LegalProcess process;

	@Embedded.Empty(prefix = "context_")
	private final CaseContext context;

	@MappedCollection(idColumn = "demand_id", keyColumn = "position")
	private final List<Target> targets;

	@MappedCollection(idColumn = "demand_id")
	private final Set<RequestedData> dataRequested;

	@MappedCollection(idColumn = "demand_id")
	private final Set<DemandDocument> documents;

	private UUID assignedTo;

	private Instant assignedAt;

	@Version
	private Integer version;

	Demand(UUID id, String reference, UUID agencyId, UUID submittedBy, DemandStatus status, Instant receivedAt,
			LocalDate receivedOn, Requester requester, LegalProcess process, CaseContext context, List<Target> targets,
			Set<RequestedData> dataRequested, Set<DemandDocument> documents) {
		this.id = id;
		this.reference = reference;
		this.agencyId = agencyId;
		this.submittedBy = submittedBy;
		this.status = status;
		this.receivedAt = receivedAt;
		this.receivedOn = receivedOn;
		this.requester = requester;
		this.process = process;
		this.context = context;
		this.targets = targets;
		this.dataRequested = dataRequested;
		this.documents = documents;
	}

	static Demand receive(SubmitDemand command, String reference, Instant receivedAt, LocalDate receivedOn) {
		Set<RequestedData> data = command.dataRequested().stream().map(RequestedData::new).collect(Collectors.toSet());
		return new Demand(UUID.randomUUID(), reference, command.agencyId(), command.submittedBy(),
				DemandStatus.RECEIVED, receivedAt, receivedOn, command.requester(), command.process(),
				command.context(), new ArrayList<>(command.targets()), data, Set.of());
	}

	DemandSummary summary() {
		List<String> identifiers = this.targets.stream().map(Target::identifier).toList();
		List<DataCategory> data = this.dataRequested.stream()
			.map(RequestedData::category)
			.sorted(Comparator.naturalOrder())
			.toList();
		return new DemandSummary(this.id, this.reference, this.agencyId, this.requester.agency(), this.process.type(),
				this.status, this.receivedAt, identifiers, data);
	}

	UUID id() {
		return this.id;
	}

	String reference() {
		return this.reference;
	}

	Instant receivedAt() {
		return this.receivedAt;
	}

	LegalProcess process() {
		return this.process;
	}

	Requester requester() {
		return this.requester;
	}

	CaseContext context() {
		return this.context;
	}

	List<Target> targets() {
		return List.copyOf(this.targets);
	}

}
