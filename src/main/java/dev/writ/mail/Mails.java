package dev.writ.mail;

/**
 * The mails Writ sends. Each says only that something happened and where to look: a
 * demand's reference may appear, its content never does.
 */
public final class Mails {

	private static final String SIGNATURE = "\n\n-- \nWrit, the legal demands portal. This mail was sent automatically; do not reply.";

	private Mails() {
	}

	public static OutgoingMail emailVerification(String recipient, String link) {
		return new OutgoingMail(recipient, "email_verification", "Confirm your e-mail address for Writ",
				"Someone registered this address for the legal demands portal.\n\nConfirm it here (the link works once, "
						+ "for 24 hours):\n" + link
						+ "\n\nIf this was not you, ignore this mail: nothing happens without " + "confirmation."
						+ SIGNATURE);
	}

	public static OutgoingMail invitation(String recipient, String invitedBy, String link) {
		return new OutgoingMail(recipient, "invitation", "You are invited to the legal demands portal",
				invitedBy + " invited you to register for the legal demands portal.\n\nRegister here:\n" + link
						+ "\n\nYour registration is approved by the provider after a call-back to your agency."
						+ SIGNATURE);
	}

	public static OutgoingMail accountApproved(String recipient, String signInLink) {
		return new OutgoingMail(recipient, "account_approved", "Your Writ account is approved",
				"Your account for the legal demands portal was approved.\n\nSign in here and set up your second factor:\n"
						+ signInLink + SIGNATURE);
	}

	public static OutgoingMail registrationAttempted(String recipient, String signInLink) {
		return new OutgoingMail(recipient, "registration_attempted", "Someone tried to register your address for Writ",
				"Someone tried to register this address for the legal demands portal, but it already has an account "
						+ "or a registration that is waiting. Nothing was changed.\n\nIf it was you, sign in here "
						+ "(or wait for the mail that your registration was approved):\n" + signInLink
						+ "\n\nIf it was not you, you need not do anything; you may tell your agency's IT security."
						+ SIGNATURE);
	}

	public static OutgoingMail registrationRejected(String recipient) {
		return new OutgoingMail(recipient, "registration_rejected", "Your Writ registration was not approved",
				"Your registration for the legal demands portal was not approved, so no account was created.\n\n"
						+ "If you think this is a mistake, ask your agency's legal or IT contact to get in touch "
						+ "with the provider." + SIGNATURE);
	}

	public static OutgoingMail demandUpdated(String recipient, String reference, String link) {
		return new OutgoingMail(recipient, "demand_updated", "Update on demand " + reference,
				"There is an update on demand " + reference + ". Sign in to the portal to see it:\n" + link
						+ SIGNATURE);
	}

}
