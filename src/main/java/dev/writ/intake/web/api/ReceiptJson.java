package dev.writ.intake.web.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.writ.intake.DecisionNotice;
import dev.writ.intake.Deficiency;
import dev.writ.intake.DemandDetail;
import dev.writ.intake.DemandReceipt;
import dev.writ.intake.DemandStatus;

import org.jspecify.annotations.Nullable;

/**
 * The API's JSON answers about a demand, in the snake_case of the scenario format.
 */
final class ReceiptJson {

	private ReceiptJson() {
	}

	static Map<String, Object> receipt(DemandReceipt receipt) {
		return answer(receipt.reference(), receipt.status(), receipt.revision(), receipt.receivedAt(),
				receipt.deficiencies());
	}

	static Map<String, Object> status(DemandDetail detail, List<DecisionNotice> notices) {
		Map<String, Object> json = answer(detail.reference(), detail.status(), detail.revision(), detail.receivedAt(),
				detail.deficiencies());
		json.put("deadline", detail.deadline());
		json.put("due_at", text(detail.dueAt()));
		json.put("notices", notices.stream().map(ReceiptJson::notice).toList());
		return json;
	}

	/** A decision notice: what review decided, as the requester reads it. */
	private static Map<String, Object> notice(DecisionNotice notice) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("status", notice.status().name().toLowerCase(Locale.ROOT));
		json.put("headline", notice.headline());
		json.put("lines", notice.lines().stream().map(line -> {
			Map<String, Object> point = new LinkedHashMap<>();
			point.put("code", line.code());
			point.put("text", line.text());
			point.put("citation", line.citation());
			return point;
		}).toList());
		json.put("note", notice.note());
		json.put("sent_at", text(notice.sentAt()));
		return json;
	}

	private static Map<String, Object> answer(String reference, DemandStatus status, int revision, Instant receivedAt,
			List<Deficiency> deficiencies) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("reference", reference);
		json.put("status", status.name().toLowerCase(Locale.ROOT));
		json.put("revision", revision);
		json.put("received_at", receivedAt.toString());
		json.put("deficiencies", deficiencies.stream().map(ReceiptJson::deficiency).toList());
		return json;
	}

	private static Map<String, Object> deficiency(Deficiency deficiency) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", deficiency.code());
		json.put("message", deficiency.message());
		json.put("rule", deficiency.rule());
		json.put("citation", deficiency.citation());
		return json;
	}

	private static @Nullable String text(@Nullable Instant instant) {
		return (instant == null) ? null : instant.toString();
	}

}
