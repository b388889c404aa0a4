package dev.writ.registration;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Officers inviting colleagues of their own agency to register. An invited colleague
 * still registers, confirms the address and is vetted with a call-back.
 */
public interface ColleagueInvitations {

	/**
	 * Mails an invitation link to a colleague.
	 * @param officerId the inviting officer
	 * @throws dev.writ.shared.validation.InvalidInput on {@code email} when the address
	 * is not at a verified domain of the officer's own agency; the refusal is audited
	 */
	void invite(UUID officerId, String email);

	/** An invitation link that can still be used. */
	Optional<InvitationView> open(String token);

	/** The invitations an officer sent, newest first. */
	List<InvitationView> sentBy(UUID officerId);

}
