package dev.writ.registration.internal;

import static dev.writ.shared.validation.InvalidInput.require;

import java.time.Duration;
import java.time.Instant;

import dev.writ.agency.AgencyView;
import dev.writ.registration.CallBack;
import dev.writ.registration.CallBackOutcome;

/**
 * What a call-back must be before a registration may be approved: a call to the agency's
 * switchboard as the registry holds it (never a number the registrant gave), after the
 * registration, answered by someone named, who confirmed the registrant.
 */
final class CallBackChecks {

	/** Leeway for clocks a little apart. */
	static final Duration CLOCK_LEEWAY = Duration.ofMinutes(5);

	static final int MAX_NOTE = 2000;

	private CallBackChecks() {
	}

	static void check(CallBack callBack, OfficerRegistration registration, AgencyView agency, Instant now) {
		String switchboard = agency.switchboardPhone();
		require(switchboard != null && !switchboard.isBlank(), "callBackNumber",
				agency.name() + " has no switchboard number in the registry: record one, found independently, "
						+ "before approving its officers.");
		require(digits(callBack.number()).equals(digits(switchboard)), "callBackNumber",
				"Call " + agency.name() + " on its switchboard number from the registry, " + switchboard
						+ ", never on a number the registrant gave.");
		require(!callBack.confirmedBy().isBlank(), "callBackConfirmedBy",
				"Name the person at " + agency.name() + " who answered, and their role.");
		Instant calledAt = callBack.calledAt();
		require(calledAt != null, "callBackAt", "Enter when you called, as date and time.");
		require(!calledAt.isAfter(now.plus(CLOCK_LEEWAY)), "callBackAt",
				"The call cannot be in the future: enter when you called.");
		require(!calledAt.isBefore(registration.submittedAt().minus(CLOCK_LEEWAY)), "callBackAt",
				"The call must have been made after the registration was submitted.");
		require(callBack.outcome() != null, "callBackOutcome", "Record whether the agency confirmed the registrant.");
		require(callBack.outcome() == CallBackOutcome.CONFIRMED, "callBackOutcome",
				"Approval needs a call-back in which " + agency.name() + " confirmed the registrant. "
						+ "Call again, or reject the registration.");
		require(callBack.note().length() <= MAX_NOTE, "callBackNote", "Keep the note to " + MAX_NOTE + " characters.");
	}

	private static String digits(String phone) {
		return phone.replaceAll("[^0-9]", "");
	}

}
