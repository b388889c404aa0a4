package dev.writ.directory.internal;

import static dev.writ.shared.validation.InvalidInput.require;

import java.time.LocalDate;

import dev.writ.directory.HoldStatus;
import dev.writ.directory.NewHold;

/**
 * Checks hold commands before anything is written, naming the field that is wrong.
 */
final class HoldValidation {

	private HoldValidation() {
	}

	static void check(NewHold hold, LocalDate today) {
		require(!hold.identifier().isBlank(), "identifier", "must not be blank");
		require(IdentifierKey.namesOneAccount(hold.identifierType()), "identifierType",
				"a " + hold.identifierType().code() + " names no single account; a hold needs an e-mail address, "
						+ "phone number, gamertag, IP address or username");
		require(!hold.demandReference().isBlank(), "demandReference", "must name the demand the hold serves");
		require(hold.until().isAfter(today), "until", "must be after today (" + today + "), got " + hold.until());
		requireActor(hold.actor());
	}

	/** A hold can change only while it is in force. */
	static void requireInForce(Hold hold, LocalDate today) {
		HoldStatus status = hold.statusOn(today);
		require(status != HoldStatus.RELEASED, "holdId", "hold " + hold.id() + " was already released");
		require(status != HoldStatus.EXPIRED, "holdId",
				"hold " + hold.id() + " ended on " + hold.heldUntil() + "; place a new hold instead");
	}

	static void requireLaterEnd(Hold hold, LocalDate until) {
		require(until.isAfter(hold.heldUntil()), "until",
				"must be after the current end date " + hold.heldUntil() + ", got " + until);
	}

	static void requireReason(String reason) {
		require(!reason.isBlank(), "reason", "must say why the data need no longer be preserved");
	}

	static void requireActor(String actor) {
		require(!actor.isBlank(), "actor", "must name who acts");
	}

}
