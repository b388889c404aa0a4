package dev.writ.registration;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.writ.testing.TestMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import static org.awaitility.Awaitility.await;

/**
 * The mails a registrant receives, as GreenMail got them, and the links in them.
 */
final class RegistrationMail {

	private static final Pattern VERIFICATION = Pattern.compile("/register/verify\\?token=(\\S+)");

	private static final Pattern INVITATION = Pattern.compile("/register\\?invitation=(\\S+)");

	private RegistrationMail() {
	}

	/** Waits for a mail with the subject to reach the address; returns its text. */
	static String awaitMail(String recipient, String subject) {
		return await().atMost(Duration.ofSeconds(15)).until(() -> find(recipient, subject), body -> body != null);
	}

	static List<String> subjectsTo(String recipient) {
		return Arrays.stream(TestMail.server().getReceivedMessages())
			.filter(message -> to(message, recipient))
			.map(RegistrationMail::subject)
			.toList();
	}

	static String verificationToken(String recipient) {
		return token(VERIFICATION, awaitMail(recipient, "Confirm your e-mail address for Writ"));
	}

	static String verificationLink(String recipient) {
		Matcher link = Pattern.compile("(http\\S+/register/verify\\?token=\\S+)")
			.matcher(awaitMail(recipient, "Confirm your e-mail address for Writ"));
		link.find();
		return link.group(1);
	}

	static String invitationToken(String recipient) {
		return token(INVITATION, awaitMail(recipient, "You are invited to the legal demands portal"));
	}

	private static String token(Pattern pattern, String body) {
		Matcher matcher = pattern.matcher(body);
		if (!matcher.find()) {
			throw new AssertionError("no link in: " + body);
		}
		return matcher.group(1);
	}

	private static String find(String recipient, String subject) throws Exception {
		for (MimeMessage message : TestMail.server().getReceivedMessages()) {
			if (to(message, recipient) && subject.equals(subject(message))) {
				return message.getContent().toString();
			}
		}
		return null;
	}

	private static boolean to(MimeMessage message, String recipient) {
		try {
			return message.getAllRecipients()[0].toString().equals(recipient);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
