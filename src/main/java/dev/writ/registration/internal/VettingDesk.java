package dev.writ.registration.internal;

import static dev.writ.shared.validation.InvalidInput.require;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.writ.agency.Agencies;
import dev.writ.agency.AgencyView;
import dev.writ.identity.HashedNewUser;
import dev.writ.identity.PasswordHash;
import dev.writ.identity.Role;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.mail.Mails;
import dev.writ.registration.CallBack;
import dev.writ.registration.PendingRegistration;
import dev.writ.registration.RegistrationApprovalRefused;
import dev.writ.registration.RegistrationApproved;
import dev.writ.registration.RegistrationRejected;
import dev.writ.registration.RegistrationVetting;
import dev.writ.shared.validation.InvalidInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' decisions on registrations. Approval needs a call-back to the agency's
 * switchboard that confirmed the registrant; the account is created with the password
 * hash kept since registration, in the same transaction as the decision.
 */
@Service
class VettingDesk implements RegistrationVetting {

	private final RegistrationRepository registrations;

	private final Agencies agencies;

	private final UserAccounts users;

	private final RegistrationMessages messages;

	VettingDesk(RegistrationRepository registrations, Agencies agencies, UserAccounts users,
			RegistrationMessages messages) {
		this.registrations = registrations;
		this.agencies = agencies;
		this.users = users;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PendingRegistration> pending() {
		return this.registrations.findWaitingForVetting().stream().map(this::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PendingRegistration> find(UUID registrationId) {
		return this.registrations.findById(registrationId)
			.filter(OfficerRegistration::isWaitingForVetting)
			.map(this::view);
	}

	@Override
	@Transactional
	public void approve(UUID registrationId, CallBack callBack, String actor) {
		try {
			OfficerRegistration registration = waiting(registrationId);
			AgencyView agency = this.agencies.find(registration.agencyId()).orElseThrow();
			CallBackChecks.check(callBack, registration, agency, this.messages.now());
			UserView account = this.users.create(new HashedNewUser(registration.email(), registration.displayName(),
					new PasswordHash(registration.passwordHash()), Role.OFFICER, agency.id()), actor);
			registration.approved(callBack, account.id(), actor, this.messages.now());
			this.registrations.save(registration);
			this.messages
				.publish(new RegistrationApproved(registrationId, registration.email(), account.id(), callBack, actor));
			this.messages.send(Mails.accountApproved(registration.email(), this.messages.links().signIn()));
		}
		catch (InvalidInput refused) {
			this.messages.publish(new RegistrationApprovalRefused(registrationId, refused.field(), refused.problem(),
					callBack, actor));
			throw refused;
		}
	}

	@Override
	@Transactional
	public void reject(UUID registrationId, String reason, String actor) {
		OfficerRegistration registration = waiting(registrationId);
		require(!reason.isBlank(), "reason", "Give the reason for the rejection (it stays in the audit trail).");
		registration.rejected(reason.trim(), actor, this.messages.now());
		this.registrations.save(registration);
		this.messages.publish(new RegistrationRejected(registrationId, registration.email(), reason.trim(), actor));
		this.messages.send(Mails.registrationRejected(registration.email()));
	}

	private OfficerRegistration waiting(UUID registrationId) {
		return this.registrations.findById(registrationId)
			.filter(OfficerRegistration::isWaitingForVetting)
			.orElseThrow(() -> new InvalidInput("registration",
					"This registration is no longer waiting for a decision: it was decided already, or its "
							+ "address is not confirmed yet."));
	}

	private PendingRegistration view(OfficerRegistration registration) {
		AgencyView agency = this.agencies.find(registration.agencyId()).orElseThrow();
		return new PendingRegistration(registration.id(), registration.displayName(), registration.email(),
				registration.jobTitle(), registration.deskPhone(), agency, registration.domainVerdict(),
				registration.submittedAt(), registration.emailVerifiedAt(), registration.invitedByName());
	}

}
