package dev.writ.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.writ.intake.CaseContext;
import dev.writ.intake.Channel;
import dev.writ.intake.DemandStatus;
import dev.writ.intake.DemandSummary;
import dev.writ.intake.LegalProcess;
import dev.writ.intake.Requester;
import dev.writ.intake.Target;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.validation.InvalidInput;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A demand (aggregate root): the current version of its facts, its targets as the
 * directory knew them, the data it asks for, its documents, and where it stands. Earlier
 * versions are kept beside it as revisions.
 */
@Table("demand")
class Demand {

	@Id
	private final UUID id;

	private final String reference;

	private final UUID agencyId;

	private final UUID submittedBy;

	private final Instant receivedAt;

	private final LocalDate receivedOn;

	private final Channel channel;

	private DemandStatus status;

	private int revision;

	@Embedded.Empty(prefix = "requester_")
	private Requester requester;

	@Embedded.Empty(prefix = "process_")
	private LegalProcess process;

	@Embedded.Empty(prefix = "context_")
	private CaseContext context;

	@MappedCollection(idColumn = "demand_id", keyColumn = "position")
	private List<Target> targets;

	@MappedCollection(idColumn = "demand_id")
	private Set<RequestedData> dataRequested;

	@MappedCollection(idColumn = "demand_id")
	private Set<DemandDocument> documents;

	private String outcome;

	private String deadline;

	private Instant dueAt;

	private Instant attestedAt;

	private UUID assignedTo;

	private Instant assignedAt;

	@Version
	private Integer version;

	@SuppressWarnings("checkstyle:ParameterNumber")
	Demand(UUID id, String reference, UUID agencyId, UUID submittedBy, Instant receivedAt, LocalDate receivedOn,
			Channel channel, DemandStatus status, int revision) {
		this.id = id;
		this.reference = reference;
		this.agencyId = agencyId;
		this.submittedBy = submittedBy;
		this.receivedAt = receivedAt;
		this.receivedOn = receivedOn;
		this.channel = channel;
		this.status = status;
		this.revision = revision;
		this.targets = new ArrayList<>();
		this.dataRequested = new HashSet<>();
		this.documents = new HashSet<>();
	}

	static Demand receive(SubmittedVersion first, String reference, Instant now, LocalDate receivedOn) {
		Demand demand = new Demand(UUID.randomUUID(), reference, first.agencyId(), first.submittedBy(), now, receivedOn,
				first.channel(), first.status(), 1);
		demand.apply(first);
		return demand;
	}

	/**
	 * A corrected version replaces the current facts; documents accumulate, earlier ones
	 * stay.
	 */
	void resubmit(SubmittedVersion corrected) {
		if (!this.status.correctable()) {
			throw new InvalidInput("reference", "demand " + this.reference + " is " + this.status.label().toLowerCase()
					+ " and can no longer be corrected");
		}
		this.revision++;
		this.status = corrected.status();
		apply(corrected);
	}

	void withdraw() {
		if (this.status.finished()) {
			throw new InvalidInput("reference",
					"demand " + this.reference + " is already " + this.status.label().toLowerCase());
		}
		this.status = DemandStatus.WITHDRAWN;
	}

	/** Review decided: the demand takes the decided status. */
	void decide(DemandStatus decided) {
		if (this.status.finished()) {
			throw new InvalidInput("reference",
					"demand " + this.reference + " is already " + this.status.label().toLowerCase());
		}
		this.status = decided;
	}

	private void apply(SubmittedVersion version) {
		this.requester = version.requester();
		this.process = version.process();
		this.context = version.context();
		this.targets = new ArrayList<>(version.targets());
		this.dataRequested = version.dataRequested().stream().map(RequestedData::new).collect(Collectors.toSet());
		version.documents().forEach(document -> this.documents.add(document.forRevision(this.revision)));
		this.outcome = version.outcome();
		this.deadline = version.deadline();
		this.dueAt = version.dueAt();
		this.attestedAt = version.attestedAt();
	}

	DemandSummary summary(int trustSignals) {
		List<String> identifiers = this.targets.stream().map(Target::identifier).toList();
		List<DataCategory> data = this.dataRequested.stream()
			.map(RequestedData::category)
			.sorted(Comparator.naturalOrder())
			.toList();
		return new DemandSummary(this.id, this.reference, this.agencyId, this.requester.agency(), this.process.type(),
				this.status, this.receivedAt, identifiers, data, this.dueAt, trustSignals);
	}

	UUID id() {
		return this.id;
	}

	String reference() {
		return this.reference;
	}

	UUID agencyId() {
		return this.agencyId;
	}

	UUID submittedBy() {
		return this.submittedBy;
	}

	Instant receivedAt() {
		return this.receivedAt;
	}

	LocalDate receivedOn() {
		return this.receivedOn;
	}

	Channel channel() {
		return this.channel;
	}

	DemandStatus status() {
		return this.status;
	}

	int revision() {
		return this.revision;
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

	List<DataCategory> dataRequested() {
		return this.dataRequested.stream().map(RequestedData::category).sorted().toList();
	}

	Set<DemandDocument> documents() {
		return Set.copyOf(this.documents);
	}

	String deadline() {
		return this.deadline;
	}

	Instant dueAt() {
		return this.dueAt;
	}

}
