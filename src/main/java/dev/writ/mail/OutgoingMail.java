package dev.writ.mail;

/**
 * A mail to send. Build it with {@link Mails}, whose texts are written to carry no case
 * content.
 *
 * @param kind a short code for what the mail is, e.g. {@code email_verification}
 */
public record OutgoingMail(String recipient, String kind, String subject, String body) {

}
