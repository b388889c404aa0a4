package dev.writ.registration.internal;

import static dev.writ.shared.validation.InvalidInput.require;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.writ.agency.Agencies;
import dev.writ.agency.AgencyView;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.mail.Mails;
import dev.writ.registration.ColleagueInvitations;
import dev.writ.registration.ColleagueInvited;
import dev.writ.registration.InvitationRefused;
import dev.writ.registration.InvitationView;
import dev.writ.shared.validation.InvalidInput;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations officers send to colleagues of their own agency: only to an address at one
 * of the agency's verified domains. Refusals are audited.
 */
@Service
class InvitationBook implements ColleagueInvitations {

	static final Duration LIFETIME = Duration.ofDays(7);

	private final InvitationRepository invitations;

	private final UserAccounts users;

	private final Agencies agencies;

	private final RegistrationMessages messages;

	InvitationBook(InvitationRepository invitations, UserAccounts users, Agencies agencies,
			RegistrationMessages messages) {
		this.invitations = invitations;
		this.users = users;
		this.agencies = agencies;
		this.messages = messages;
	}

	@Override
	@Transactional
	public void invite(UUID officerId, String email) {
		UserView officer = this.users.find(officerId).orElseThrow();
		String address = RegistrationChecks.normalisedEmail(email);
		try {
			AgencyView agency = checked(officer, address);
			String token = LinkTokens.newToken();
			Instant now = this.messages.now();
			Invitation invitation = this.invitations.save(new Invitation(UUID.randomUUID(), LinkTokens.digest(token),
					address, agency.id(), officer.id(), officer.displayName(), now, now.plus(LIFETIME)));
			this.messages.publish(new ColleagueInvited(invitation.id(), address, agency.id(), officer.username()));
			this.messages.send(Mails.invitation(address, officer.displayName() + " (" + agency.name() + ")",
					this.messages.links().invitation(token)));
		}
		catch (InvalidInput refused) {
			this.messages.publish(new InvitationRefused(address, refused.problem(), officer.username()));
			throw refused;
		}
	}

	private AgencyView checked(UserView officer, String address) {
		RegistrationChecks.checkEmailFormat(address);
		AgencyView agency = this.agencies.find(officer.agencyId()).orElseThrow();
		require(agency.verified(), "email",
				agency.name() + " may not invite colleagues while its access is " + "suspended.");
		require(agency.ownsAddress(address), "email",
				"You can invite colleagues of " + agency.name() + " only, at its verified domain"
						+ (agency.domains().size() == 1 ? " " : "s ") + String.join(", ", agency.domains()) + ": "
						+ address + " is not such an address.");
		return agency;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<InvitationView> open(String token) {
		return openInvitation(token).map(this::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<InvitationView> sentBy(UUID officerId) {
		return this.invitations.findSentBy(officerId).stream().map(this::view).toList();
	}

	/**
	 * The invitation a registration follows, if any.
	 * @throws InvalidInput on {@code invitation} when the link cannot be used, on
	 * {@code email} when the invitation was for another address
	 */
	@Nullable Invitation acceptable(@Nullable String token, String email) {
		if (token == null || token.isBlank()) {
			return null;
		}
		Invitation invitation = openInvitation(token).orElseThrow(() -> new InvalidInput("invitation",
				"This invitation link has expired or was used; register without it, or ask your colleague for a "
						+ "new one."));
		require(invitation.email().equals(email), "email", "This invitation is for " + invitation.email()
				+ ": register with that address, or without the invitation.");
		return invitation;
	}

	void use(Invitation invitation, Instant now) {
		invitation.used(now);
		this.invitations.save(invitation);
	}

	private Optional<Invitation> openInvitation(String token) {
		return this.invitations.findByTokenHash(LinkTokens.digest(token))
			.filter(invitation -> invitation.isOpenAt(this.messages.now()));
	}

	private InvitationView view(Invitation invitation) {
		String agencyName = this.agencies.find(invitation.agencyId()).map(AgencyView::name).orElse("");
		return invitation.view(agencyName);
	}

}
