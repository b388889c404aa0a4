package dev.writ.registration.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.writ.agency.AgencyView;
import dev.writ.agency.DomainVetting;
import dev.writ.agency.VettedDomain;
import dev.writ.identity.PasswordHash;
import dev.writ.identity.UserAccounts;
import dev.writ.mail.Mails;
import dev.writ.registration.EmailVerificationRefused;
import dev.writ.registration.EmailVerified;
import dev.writ.registration.NewRegistration;
import dev.writ.registration.OfficerRegistrations;
import dev.writ.registration.RegistrationRefused;
import dev.writ.registration.RegistrationSubmitted;
import dev.writ.registration.Verification;
import dev.writ.registration.Verification.Outcome;
import dev.writ.shared.validation.InvalidInput;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration and e-mail verification. Every refusal is audited; an address that already
 * has an account or an open registration is answered like any other, and its holder told
 * by mail.
 */
@Service
class RegistrationDesk implements OfficerRegistrations {

	static final Duration LINK_LIFETIME = Duration.ofHours(24);

	private final RegistrationRepository registrations;

	private final InvitationBook invitations;

	private final DomainVetting vetting;

	private final UserAccounts users;

	private final RegistrationMessages messages;

	RegistrationDesk(RegistrationRepository registrations, InvitationBook invitations, DomainVetting vetting,
			UserAccounts users, RegistrationMessages messages) {
		this.registrations = registrations;
		this.invitations = invitations;
		this.vetting = vetting;
		this.users = users;
		this.messages = messages;
	}

	@Override
	@Transactional
	public void register(NewRegistration registration, String remoteAddress) {
		String email = RegistrationChecks.normalisedEmail(registration.email());
		String[] verdict = { "" };
		try {
			RegistrationChecks.checkEmailFormat(email);
			VettedDomain vetted = RegistrationChecks.vet(this.vetting, email);
			verdict[0] = vetted.verdict().name();
			AgencyView agency = RegistrationChecks.agencyOf(vetted, this.messages.links().providerName());
			RegistrationChecks.checkFields(registration);
			PasswordHash hash = this.users.hashPassword(registration.password());
			Invitation invitation = this.invitations.acceptable(registration.invitation(), email);
			submit(new Submission(registration, email, agency, verdict[0], hash), invitation, remoteAddress);
		}
		catch (InvalidInput refused) {
			this.messages
				.publish(new RegistrationRefused(email, refused.field(), refused.problem(), verdict[0], remoteAddress));
			throw refused;
		}
	}

	private void submit(Submission submission, @Nullable Invitation invitation, String remoteAddress) {
		Instant now = this.messages.now();
		Optional<OfficerRegistration> open = this.registrations.findOpen(submission.email());
		boolean accountExists = this.users.byUsername(submission.email()).isPresent();
		if (accountExists || open.filter(o -> o.isWaitingForVetting() || !o.linkExpiredAt(now)).isPresent()) {
			String reason = accountExists ? "the address already has an account"
					: "the address has a registration open";
			this.messages.publish(
					new RegistrationRefused(submission.email(), "email", reason, submission.verdict(), remoteAddress));
			this.messages.send(Mails.registrationAttempted(submission.email(), this.messages.links().signIn()));
			return;
		}
		open.ifPresent(expired -> {
			expired.supersede();
			this.registrations.save(expired);
		});
		create(submission, invitation, now);
	}

	private void create(Submission submission, @Nullable Invitation invitation, Instant now) {
		String token = LinkTokens.newToken();
		NewRegistration form = submission.form();
		OfficerRegistration registration = this.registrations.save(new OfficerRegistration(UUID.randomUUID(),
				submission.email(), form.name().trim(), form.jobTitle().trim(), form.deskPhone().trim(),
				submission.agency().id(), submission.verdict(), LinkTokens.digest(token), now.plus(LINK_LIFETIME), now,
				(invitation != null) ? invitation.id() : null, (invitation != null) ? invitation.invitedByName() : null,
				submission.hash().encoded(), RegistrationStatus.UNVERIFIED));
		if (invitation != null) {
			this.invitations.use(invitation, now);
		}
		this.messages.publish(new RegistrationSubmitted(registration.id(), submission.email(), submission.agency().id(),
				submission.verdict(), (invitation != null) ? invitation.invitedByName() : "", "anonymous"));
		this.messages.send(Mails.emailVerification(submission.email(), this.messages.links().verification(token)));
	}

	@Override
	@Transactional
	public Verification check(String token) {
		Optional<OfficerRegistration> found = this.registrations.findByTokenHash(LinkTokens.digest(token));
		Outcome outcome = stateOf(found);
		return (outcome == Outcome.VALID) ? new Verification(outcome, found.get().email())
				: refused(outcome, found, "");
	}

	@Override
	@Transactional
	public Verification verify(String token, String remoteAddress) {
		Optional<OfficerRegistration> found = this.registrations.findByTokenHash(LinkTokens.digest(token));
		Outcome outcome = stateOf(found);
		if (outcome != Outcome.VALID) {
			return refused(outcome, found, remoteAddress);
		}
		OfficerRegistration registration = found.get();
		registration.verified(this.messages.now());
		this.registrations.save(registration);
		this.messages.publish(new EmailVerified(registration.id(), registration.email()));
		return new Verification(Outcome.VERIFIED, registration.email());
	}

	private Verification refused(Outcome outcome, Optional<OfficerRegistration> found, String remoteAddress) {
		String subject = found.map(r -> r.id().toString()).orElse("unknown");
		this.messages.publish(new EmailVerificationRefused(outcome.name(), subject, remoteAddress));
		return new Verification(outcome, null);
	}

	private Outcome stateOf(Optional<OfficerRegistration> found) {
		if (found.isEmpty() || found.get().isSuperseded()) {
			return Outcome.UNKNOWN;
		}
		if (!found.get().isWaitingForVerification()) {
			return Outcome.USED;
		}
		return found.get().linkExpiredAt(this.messages.now()) ? Outcome.EXPIRED : Outcome.VALID;
	}

	private record Submission(NewRegistration form, String email, AgencyView agency, String verdict,
			PasswordHash hash) {

	}

}
