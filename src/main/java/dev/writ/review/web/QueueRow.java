package dev.writ.review.web;

import java.util.List;

import dev.writ.intake.DemandSummary;
import dev.writ.review.CaseView;

import org.jspecify.annotations.Nullable;

/**
 * One line of the queue: the case and, when intake knows it, its demand.
 */
public record QueueRow(CaseView view, @Nullable DemandSummary demand) {

	public String agency() {
		return (this.demand != null) ? this.demand.agencyName() : "";
	}

	public List<String> targets() {
		return (this.demand != null) ? this.demand.targets() : List.of();
	}

	public int trustSignals() {
		return (this.demand != null) ? this.demand.trustSignals() : 0;
	}

	public String process() {
		return this.view.processType().replace('_', ' ');
	}

}
