package dev.writ.mail.internal;

import java.time.Clock;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends outbox mails through SMTP. Without a configured server (no
 * {@code spring.mail.host}), mails stay in the outbox as KEPT, where administrators see
 * them: the demo works without a mail server. Failures are retried.
 */
@Component
class MailDispatcher {

	static final int MAX_ATTEMPTS = 5;

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private final MailOutbox outbox;

	private final ObjectProvider<JavaMailSender> smtp;

	private final String from;

	private final Clock clock;

	MailDispatcher(MailOutbox outbox, ObjectProvider<JavaMailSender> smtp,
			@Value("${writ.mail.from:writ@localhost}") String from, Clock clock) {
		this.outbox = outbox;
		this.smtp = smtp;
		this.from = from;
		this.clock = clock;
	}

	void dispatch(UUID id) {
		this.outbox.find(id).ifPresent(this::deliver);
	}

	@Scheduled(fixedDelayString = "${writ.mail.retry-every:60s}")
	void retryFailed() {
		this.outbox.retryable(MAX_ATTEMPTS).forEach(this::dispatch);
	}

	private void deliver(StoredMail mail) {
		JavaMailSender sender = this.smtp.getIfAvailable();
		if (sender == null) {
			this.outbox.mark(mail.id(), "KEPT", null, this.clock.instant());
			return;
		}
		try {
			sender.send(message(sender, mail));
			this.outbox.mark(mail.id(), "SENT", null, this.clock.instant());
		}
		catch (MailException | MessagingException ex) {
			log.warn("mail {} to {} failed: {}", mail.id(), mail.recipient(), ex.getMessage());
			this.outbox.mark(mail.id(), "FAILED", ex.getMessage(), this.clock.instant());
		}
	}

	private MimeMessage message(JavaMailSender sender, StoredMail mail) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.body(), false);
		return message;
	}

}
