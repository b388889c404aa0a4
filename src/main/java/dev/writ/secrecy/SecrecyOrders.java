package dev.writ.secrecy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Secrecy orders' public face. Anything that would tell a customer about a demand asks
 * {@link #embargoFor} first.
 */
public interface SecrecyOrders {

	Optional<SecrecyOrderView> forDemand(UUID demandId);

	/** Whether the customer may be told about the demand on the given day. */
	NoticeEmbargo embargoFor(UUID demandId, LocalDate day);

}
