package dev.writ.intake;

import java.util.List;
import java.util.UUID;

/**
 * Secure messages about a demand between its requester's agency and the provider's staff.
 */
public interface DemandMessages {

	/**
	 * Posts a message; the other side is told by e-mail that something changed, never
	 * what.
	 * @throws dev.writ.shared.validation.InvalidInput when the body is blank or too long
	 */
	DemandMessage post(String reference, UUID authorId, boolean fromStaff, String body, String actor);

	List<DemandMessage> messages(String reference);

}
