package dev.writ.intake.internal;

import java.util.UUID;

import dev.writ.identity.UserAccounts;
import dev.writ.intake.DecisionNoticeSent;
import dev.writ.intake.DeficiencyNoticeSent;
import dev.writ.intake.DemandHeldForVerification;
import dev.writ.intake.MessagePosted;
import dev.writ.mail.Mailer;
import dev.writ.mail.Mails;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the officer who submitted a demand that something changed: a deficiency notice, a
 * hold, a message from the provider. The mail says only that, and where to look; the
 * content stays behind the sign-in.
 */
@Component
class DemandNotifications {

	private final DemandRepository demands;

	private final UserAccounts users;

	private final Mailer mailer;

	private final String portal;

	DemandNotifications(DemandRepository demands, UserAccounts users, Mailer mailer,
			@Value("${writ.portal.base-url:http://localhost:8080}") String portal) {
		this.demands = demands;
		this.users = users;
		this.mailer = mailer;
		this.portal = portal;
	}

	@EventListener
	void on(DeficiencyNoticeSent notice) {
		tellSubmitter(notice.demandId(), notice.reference());
	}

	@EventListener
	void on(DecisionNoticeSent decided) {
		tellSubmitter(decided.demandId(), decided.reference());
	}

	@EventListener
	void on(DemandHeldForVerification held) {
		tellSubmitter(held.demandId(), held.reference());
	}

	@EventListener
	void on(MessagePosted message) {
		if (message.fromStaff()) {
			tellSubmitter(message.demandId(), message.reference());
		}
	}

	private void tellSubmitter(UUID demandId, String reference) {
		this.demands.findById(demandId)
			.map(Demand::submittedBy)
			.flatMap(this.users::find)
			.ifPresent(officer -> this.mailer.send(
					Mails.demandUpdated(officer.username(), reference, this.portal + "/officer/demands/" + reference),
					"system"));
	}

}
