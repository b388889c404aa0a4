package dev.writ.intake.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.writ.intake.DecisionNotice;
import dev.writ.intake.DemandDetail;
import dev.writ.intake.DemandMessage;
import dev.writ.intake.DemandQueries.Revision;
import dev.writ.intake.DemandStatus;

/**
 * What happened to a demand, as its requester may see it: each version submitted and how
 * it was answered, and each message. Staff findings and trust signals are not part of it.
 */
final class DemandTimeline {

	private DemandTimeline() {
	}

	static List<Entry> of(DemandDetail demand, List<Revision> revisions, List<DemandMessage> messages,
			List<DecisionNotice> notices) {
		List<Entry> entries = new ArrayList<>();
		for (Revision revision : revisions) {
			String what = (revision.number() == 1) ? "Submitted"
					: "Corrected version " + revision.number() + " submitted";
			entries.add(new Entry(revision.submittedAt(), what, answer(revision, demand)));
		}
		for (DemandMessage message : messages) {
			entries.add(new Entry(message.postedAt(),
					message.fromStaff() ? "Message from the provider" : "Message sent", ""));
		}
		for (DecisionNotice notice : notices) {
			entries.add(new Entry(notice.sentAt(), notice.headline(), "see the notice above"));
		}
		if (demand.status() == DemandStatus.WITHDRAWN) {
			entries.add(new Entry(null, "Withdrawn", ""));
		}
		entries.sort(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.naturalOrder())));
		return entries;
	}

	private static String answer(Revision revision, DemandDetail demand) {
		if ("reject".equals(revision.assessment().outcome())) {
			return "Sent back: needs correction";
		}
		boolean latest = revision.number() == demand.revision();
		if (latest && demand.status() == DemandStatus.HELD_FOR_VERIFICATION) {
			return "Held until the provider verifies the sender by call-back";
		}
		return "Received for review";
	}

	/**
	 * One line of the timeline.
	 *
	 * @param at when; null when not recorded
	 */
	public record Entry(Instant at, String what, String detail) {

	}

}
