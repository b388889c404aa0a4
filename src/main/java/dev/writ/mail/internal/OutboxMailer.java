package dev.writ.mail.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import dev.writ.mail.MailQueued;
import dev.writ.mail.Mailer;
import dev.writ.mail.OutgoingMail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the mail to the outbox in the caller's transaction and hands it to the
 * dispatcher once that transaction has committed: a rolled-back registration sends no
 * verification link.
 */
@Service
public class OutboxMailer implements Mailer {

	private final MailOutbox outbox;

	private final MailDispatcher dispatcher;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OutboxMailer(MailOutbox outbox, MailDispatcher dispatcher, ApplicationEventPublisher events, Clock clock) {
		this.outbox = outbox;
		this.dispatcher = dispatcher;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void send(OutgoingMail mail, String actor) {
		UUID id = UUID.randomUUID();
		this.outbox.add(id, mail, this.clock.instant());
		this.events.publishEvent(new MailQueued(id, mail.recipient(), mail.kind(), actor));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				OutboxMailer.this.dispatcher.dispatch(id);
			}
		});
	}

	/** The newest mails first, for the administrators' outbox page. */
	public List<StoredMail> latest(int limit) {
		return this.outbox.latest(limit);
	}

}
