package dev.writ.registration;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The call-back check an administrator made before approving a registration: a call to
 * the agency's switchboard as the registry holds it, found independently of anything the
 * registrant sent.
 *
 * @param number the number called
 * @param confirmedBy who at the agency answered (name and role)
 * @param calledAt when the call was made; null when not given (the approval is refused)
 */
public record CallBack(String number, String confirmedBy, @Nullable Instant calledAt, @Nullable CallBackOutcome outcome,
		String note) {

}
