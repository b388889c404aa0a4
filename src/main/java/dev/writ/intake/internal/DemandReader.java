package dev.writ.intake.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.writ.intake.AssessmentSummary;
import dev.writ.intake.Deficiency;
import dev.writ.intake.DemandDetail;
import dev.writ.intake.DemandQueries;
import dev.writ.intake.DemandStatus;
import dev.writ.intake.DemandSummary;
import dev.writ.intake.RelatedDemand;
import dev.writ.intake.DocumentInfo;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DemandReader implements DemandQueries {

	private final DemandRepository demands;

	private final RevisionStore revisions;

	private final RelatedDemands related;

	DemandReader(DemandRepository demands, RevisionStore revisions, RelatedDemands related) {
		this.demands = demands;
		this.revisions = revisions;
		this.related = related;
	}

	@Override
	public List<DemandSummary> forAgency(UUID agencyId) {
		return summaries(this.demands.findByAgency(agencyId));
	}

	@Override
	public List<String> receivedBetween(java.time.LocalDate first, java.time.LocalDate last) {
		return this.demands.findReferencesReceivedBetween(first, last);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DemandSummary> open() {
		return summaries(this.demands.findOpen());
	}

	@Override
	public Optional<DemandSummary> byReference(String reference) {
		return this.demands.findByReference(reference).map(demand -> summaries(List.of(demand)).get(0));
	}

	@Override
	public Optional<DemandDetail> detail(String reference) {
		return this.demands.findByReference(reference).map(this::detail);
	}

	@Override
	public List<RelatedDemand> related(String reference) {
		return this.demands.findByReference(reference)
			.map(demand -> this.related.of(demand, this::summaries))
			.orElse(List.of());
	}

	@Override
	public List<Revision> revisions(String reference) {
		return this.demands.findByReference(reference).map(d -> this.revisions.revisions(d.id())).orElse(List.of());
	}

	private DemandDetail detail(Demand demand) {
		AssessmentSummary assessment = AssessmentRecords.summary(this.revisions.latestAssessment(demand.id()));
		List<DocumentInfo> documents = demand.documents()
			.stream()
			.map(DemandDocument::info)
			.sorted((a, b) -> a.uploadedAt().compareTo(b.uploadedAt()))
			.toList();
		return new DemandDetail(demand.id(), demand.reference(), demand.agencyId(), demand.submittedBy(),
				demand.status(), demand.revision(), demand.channel(), demand.receivedAt(), demand.deadline(),
				demand.dueAt(), demand.requester(), demand.process(), demand.targets(), demand.dataRequested(),
				demand.context(), documents, assessment,
				(demand.status() == DemandStatus.DEFICIENT) ? deficiencies(assessment) : List.of(),
				this.revisions.signals(demand.id(), demand.revision()));
	}

	/**
	 * The deficiency notice of a rejected version: every finding that stops or cuts it.
	 * Only a demand sent back has one; a held demand's findings are for staff.
	 */
	private static List<Deficiency> deficiencies(AssessmentSummary assessment) {
		if (!"reject".equals(assessment.outcome())) {
			return List.of();
		}
		return assessment.findings()
			.stream()
			.filter(finding -> !"info".equals(finding.severity()))
			.map(finding -> new Deficiency(finding.code(), finding.message(), finding.rule(), finding.citation()))
			.distinct()
			.toList();
	}

	private List<DemandSummary> summaries(List<Demand> list) {
		Map<UUID, Integer> counts = this.revisions.signalCounts(list.stream().map(Demand::id).toList());
		return list.stream().map(demand -> demand.summary(counts.getOrDefault(demand.id(), 0))).toList();
	}

}
