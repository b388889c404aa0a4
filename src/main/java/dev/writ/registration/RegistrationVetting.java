package dev.writ.registration;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Provider administrators vetting registrations whose e-mail address is confirmed.
 */
public interface RegistrationVetting {

	/** Registrations with a confirmed address, waiting for a decision, oldest first. */
	List<PendingRegistration> pending();

	Optional<PendingRegistration> find(UUID registrationId);

	/**
	 * Approves a registration after a call-back to the agency: the officer's account is
	 * created with the password chosen at registration and the officer is told by mail.
	 * @throws dev.writ.shared.validation.InvalidInput naming the field that is wrong;
	 * among others when the call-back did not confirm the registrant or did not go to the
	 * agency's switchboard number. The refusal is audited and nothing is saved.
	 */
	void approve(UUID registrationId, CallBack callBack, String actor);

	/**
	 * Rejects a registration; the registrant is told by mail.
	 * @throws dev.writ.shared.validation.InvalidInput on {@code reason} when none is
	 * given
	 */
	void reject(UUID registrationId, String reason, String actor);

}
