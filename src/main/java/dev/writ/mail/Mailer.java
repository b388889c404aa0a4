package dev.writ.mail;

/**
 * Sending mail.
 */
public interface Mailer {

	/**
	 * Queues a mail in the caller's transaction; it is sent once the transaction commits,
	 * and never when it rolls back.
	 */
	void send(OutgoingMail mail, String actor);

}
