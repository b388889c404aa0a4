package dev.writ.mail.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A mail as the outbox keeps it.
 *
 * @param status PENDING, SENT, FAILED (will be retried) or KEPT (no SMTP server
 * configured)
 */
public record StoredMail(UUID id, String recipient, String kind, String subject, String body, String status,
		int attempts, String lastError, Instant createdAt, Instant sentAt) {

}
