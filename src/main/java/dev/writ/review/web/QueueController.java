package dev.writ.review.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.writ.identity.SignedInUser;
import dev.writ.intake.DemandQueries;
import dev.writ.intake.DemandSummary;
import dev.writ.review.CaseReview;
import dev.writ.review.CaseState;
import dev.writ.review.CaseView;
import dev.writ.shared.legal.ProcessType;
import dev.writ.review.QueueFilter;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The compliance team's queue: open cases in the statutory clock's order (emergencies
 * first, then the earliest due, then the oldest), filtered by state, assignee and
 * overdue, jurisdiction and process type.
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST', 'COUNSEL')")
class QueueController {

	static final String ME = "me";

	static final String UNASSIGNED = "unassigned";

	private final CaseReview review;

	private final DemandQueries demands;

	QueueController(CaseReview review, DemandQueries demands) {
		this.review = review;
		this.demands = demands;
	}

	@GetMapping("/staff/queue")
	String queue(QueueParams params, @AuthenticationPrincipal SignedInUser staff, Model model) {
		CaseState wanted = parseState(params.state());
		String assignee = (params.assignee() != null) ? params.assignee() : "anyone";
		String jurisdiction = blankToEmpty(params.jurisdiction());
		String process = blankToEmpty(params.process());
		boolean overdue = Boolean.TRUE.equals(params.overdue());
		QueueFilter filter = new QueueFilter(wanted, assigneeFilter(assignee, staff), overdue,
				jurisdiction.isEmpty() ? null : jurisdiction, process.isEmpty() ? null : process);
		Map<String, DemandSummary> open = this.demands.open()
			.stream()
			.collect(Collectors.toMap(DemandSummary::reference, Function.identity(), (a, b) -> a));
		List<QueueRow> rows = this.review.queue(filter)
			.stream()
			.map(view -> new QueueRow(view, summary(open, view.reference())))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("states", CaseState.values());
		model.addAttribute("state", (wanted != null) ? wanted.name() : "");
		model.addAttribute("assignee", assignee);
		model.addAttribute("overdue", overdue);
		model.addAttribute("jurisdiction", jurisdiction);
		model.addAttribute("process", process);
		model.addAttribute("jurisdictions",
				this.review.queue(QueueFilter.all()).stream().map(CaseView::jurisdiction).distinct().sorted().toList());
		model.addAttribute("processTypes", ProcessType.values());
		return "review/queue";
	}

	private static String blankToEmpty(@Nullable String value) {
		return (value == null) ? "" : value.trim();
	}

	/** The queue's filters as the form sends them; every one may be missing. */
	record QueueParams(@Nullable String state, @Nullable String assignee, @Nullable Boolean overdue,
			@Nullable String jurisdiction, @Nullable String process) {

	}

	private @Nullable DemandSummary summary(Map<String, DemandSummary> open, String reference) {
		DemandSummary known = open.get(reference);
		return (known != null) ? known : this.demands.byReference(reference).orElse(null);
	}

	private static @Nullable CaseState parseState(@Nullable String state) {
		if (state == null || state.isBlank()) {
			return null;
		}
		try {
			return CaseState.valueOf(state);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable String assigneeFilter(String assignee, SignedInUser staff) {
		return switch (assignee) {
			case ME -> staff.getUsername();
			case UNASSIGNED -> QueueFilter.UNASSIGNED;
			default -> null;
		};
	}

}
