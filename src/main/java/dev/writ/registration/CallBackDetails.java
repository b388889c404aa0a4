package dev.writ.registration;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A call-back check as audit details.
 */
final class CallBackDetails {

	private CallBackDetails() {
	}

	static Map<String, String> of(CallBack callBack, Map<String, String> more) {
		Map<String, String> details = new LinkedHashMap<>(more);
		details.put("callback_number", callBack.number());
		details.put("callback_confirmed_by", callBack.confirmedBy());
		details.put("callback_called_at", String.valueOf(callBack.calledAt()));
		details.put("callback_outcome", (callBack.outcome() == null) ? "" : callBack.outcome().name());
		details.put("callback_note", callBack.note());
		return details;
	}

}
