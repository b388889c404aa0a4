package dev.writ.identity.web;

import java.util.List;

import dev.writ.identity.PasskeyRegistered;
import dev.writ.identity.PasskeyRemoved;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The passkeys, kept by Spring Security's JDBC repository; a new passkey and a removed
 * one land in the audit trail in the same transaction as the change. Saving a known
 * passkey (its counter and last use after each sign-in) is not audited here: the sign-in
 * is.
 */
class AuditedUserCredentials implements UserCredentialRepository {

	private static final int SHOWN_ID_LENGTH = 12;

	private final UserCredentialRepository credentials;

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final ApplicationEventPublisher events;

	AuditedUserCredentials(UserCredentialRepository credentials, PublicKeyCredentialUserEntityRepository userEntities,
			ApplicationEventPublisher events) {
		this.credentials = credentials;
		this.userEntities = userEntities;
		this.events = events;
	}

	@Override
	@Transactional
	public void save(CredentialRecord record) {
		boolean added = this.credentials.findByCredentialId(record.getCredentialId()) == null;
		this.credentials.save(record);
		if (added) {
			this.events
				.publishEvent(new PasskeyRegistered(owner(record), record.getLabel(), shown(record.getCredentialId())));
		}
	}

	@Override
	@Transactional
	public void delete(Bytes credentialId) {
		CredentialRecord record = this.credentials.findByCredentialId(credentialId);
		if (record == null) {
			return;
		}
		this.credentials.delete(credentialId);
		this.events.publishEvent(new PasskeyRemoved(owner(record), record.getLabel(), shown(credentialId)));
	}

	@Override
	@Transactional(readOnly = true)
	public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
		return this.credentials.findByCredentialId(credentialId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return this.credentials.findByUserId(userId);
	}

	private String owner(CredentialRecord record) {
		PublicKeyCredentialUserEntity owner = this.userEntities.findById(record.getUserEntityUserId());
		return (owner != null) ? owner.getName() : "unknown";
	}

	private static String shown(Bytes credentialId) {
		String id = credentialId.toBase64UrlString();
		return (id.length() > SHOWN_ID_LENGTH) ? id.substring(0, SHOWN_ID_LENGTH) : id;
	}

}
