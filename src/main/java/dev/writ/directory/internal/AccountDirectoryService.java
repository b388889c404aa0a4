package dev.writ.directory.internal;

import static dev.writ.shared.validation.InvalidInput.require;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.writ.directory.AccountDirectory;
import dev.writ.directory.AccountFacts;
import dev.writ.directory.HoldExtended;
import dev.writ.directory.HoldPlaced;
import dev.writ.directory.HoldReleased;
import dev.writ.directory.LegalHold;
import dev.writ.directory.NewHold;
import dev.writ.directory.spi.DirectoryConnector;
import dev.writ.shared.legal.IdentifierType;
import dev.writ.shared.validation.InvalidInput;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lookups go straight to the connector. A hold change is validated, recorded and audited
 * first, and handed to the connector last, inside the same transaction: if the provider's
 * system refuses, Writ's record and audit entry roll back with it.
 */
@Service
class AccountDirectoryService implements AccountDirectory {

	private final DirectoryConnector connector;

	private final HoldRepository holds;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ZoneId legalZone;

	AccountDirectoryService(SelectedConnector selected, HoldRepository holds, ApplicationEventPublisher events,
			Clock clock, @Value("${writ.provider.legal-time-zone:America/Los_Angeles}") ZoneId legalZone) {
		this.connector = selected.connector();
		this.holds = holds;
		this.events = events;
		this.clock = clock;
		this.legalZone = legalZone;
	}

	@Override
	public AccountFacts lookup(String identifier, IdentifierType type) {
		require(!identifier.isBlank(), "identifier", "must not be blank");
		if (!IdentifierKey.namesOneAccount(type)) {
			return AccountFacts.notFound();
		}
		return this.connector.lookup(identifier, type);
	}

	@Override
	@Transactional
	public LegalHold placeHold(NewHold command) {
		LocalDate today = today();
		HoldValidation.check(command, today);
		String key = IdentifierKey.of(command.identifierType(), command.identifier())
			.orElseThrow(() -> new InvalidInput("identifier",
					"'" + command.identifier() + "' is not a " + command.identifierType().code()));
		require(this.connector.lookup(command.identifier(), command.identifierType()).exists(), "identifier",
				"no account matches '" + command.identifier() + "'");
		requireNoHoldInForce(key, command, today);
		Hold hold = this.holds.save(Hold.place(command, key, this.clock.instant(), today));
		this.events.publishEvent(new HoldPlaced(hold.id(), hold.identifier(), command.identifierType(),
				hold.demandReference(), command.until(), command.actor()));
		LegalHold placed = hold.view(today);
		this.connector.placeHold(placed);
		return placed;
	}

	private void requireNoHoldInForce(String key, NewHold command, LocalDate today) {
		this.holds.findByIdentifierKeyAndDemandReference(key, command.demandReference().trim())
			.stream()
			.filter(hold -> hold.statusOn(today).inForce())
			.findFirst()
			.ifPresent(hold -> {
				throw new InvalidInput("demandReference", "hold " + hold.id() + " already preserves this account for "
						+ command.demandReference() + " until " + hold.heldUntil() + "; extend it instead");
			});
	}

	@Override
	@Transactional
	public LegalHold extendHold(UUID holdId, LocalDate until, String actor) {
		LocalDate today = today();
		Hold hold = find(holdId);
		HoldValidation.requireInForce(hold, today);
		HoldValidation.requireLaterEnd(hold, until);
		HoldValidation.requireActor(actor);
		Hold extended = this.holds.save(hold.extendTo(until, actor, this.clock.instant()));
		this.events.publishEvent(
				new HoldExtended(hold.id(), hold.identifier(), hold.demandReference(), hold.heldUntil(), until, actor));
		LegalHold view = extended.view(today);
		this.connector.extendHold(view);
		return view;
	}

	@Override
	@Transactional
	public LegalHold releaseHold(UUID holdId, String reason, String actor) {
		LocalDate today = today();
		Hold hold = find(holdId);
		HoldValidation.requireInForce(hold, today);
		HoldValidation.requireReason(reason);
		HoldValidation.requireActor(actor);
		Hold released = this.holds.save(hold.release(reason.trim(), actor, this.clock.instant()));
		this.events
			.publishEvent(new HoldReleased(hold.id(), hold.identifier(), hold.demandReference(), reason.trim(), actor));
		LegalHold view = released.view(today);
		this.connector.releaseHold(view);
		return view;
	}

	@Override
	@Transactional(readOnly = true)
	public List<LegalHold> holdsOn(String identifier) {
		require(!identifier.isBlank(), "identifier", "must not be blank");
		LocalDate today = today();
		return this.holds.findByIdentifierKeyInOrderByPlacedAtAscIdAsc(IdentifierKey.forEveryType(identifier))
			.stream()
			.map(hold -> hold.view(today))
			.toList();
	}

	private Hold find(UUID holdId) {
		return this.holds.findById(holdId)
			.orElseThrow(() -> new InvalidInput("holdId", "there is no legal hold " + holdId));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.legalZone);
	}

}
