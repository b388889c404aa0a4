package dev.writ.registration.internal;

import java.time.Instant;
import java.util.UUID;

import dev.writ.registration.CallBack;
import dev.writ.registration.CallBackOutcome;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An officer's registration (aggregate root): from submission through e-mail verification
 * to the administrator's decision. The password is held only as its hash, and only until
 * the decision.
 */
@Table("officer_registration")
class OfficerRegistration {

	@Id
	private final UUID id;

	private final String email;

	private final String displayName;

	private final String jobTitle;

	private final String deskPhone;

	private final UUID agencyId;

	private final String domainVerdict;

	private final String tokenHash;

	private final Instant tokenExpiresAt;

	private final Instant submittedAt;

	private final UUID invitationId;

	private final String invitedByName;

	private String passwordHash;

	private RegistrationStatus status;

	private Instant emailVerifiedAt;

	private Instant decidedAt;

	private String decidedBy;

	private String decisionReason;

	@Embedded.Nullable(prefix = "callback_")
	private CallBackColumns callBack;

	private UUID userId;

	@Version
	private Integer version;

	OfficerRegistration(UUID id, String email, String displayName, String jobTitle, String deskPhone, UUID agencyId,
			String domainVerdict, String tokenHash, Instant tokenExpiresAt, Instant submittedAt, UUID invitationId,
			String invitedByName, String passwordHash, RegistrationStatus status) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.jobTitle = jobTitle;
		this.deskPhone = deskPhone;
		this.agencyId = agencyId;
		this.domainVerdict = domainVerdict;
		this.tokenHash = tokenHash;
		this.tokenExpiresAt = tokenExpiresAt;
		this.submittedAt = submittedAt;
		this.invitationId = invitationId;
		this.invitedByName = invitedByName;
		this.passwordHash = passwordHash;
		this.status = status;
	}

	boolean isOpen() {
		return this.status == RegistrationStatus.UNVERIFIED || this.status == RegistrationStatus.VERIFIED;
	}

	boolean linkExpiredAt(Instant now) {
		return !now.isBefore(this.tokenExpiresAt);
	}

	boolean isWaitingForVerification() {
		return this.status == RegistrationStatus.UNVERIFIED;
	}

	boolean isSuperseded() {
		return this.status == RegistrationStatus.SUPERSEDED;
	}

	boolean isWaitingForVetting() {
		return this.status == RegistrationStatus.VERIFIED;
	}

	void supersede() {
		this.status = RegistrationStatus.SUPERSEDED;
		this.passwordHash = null;
	}

	void verified(Instant now) {
		this.status = RegistrationStatus.VERIFIED;
		this.emailVerifiedAt = now;
	}

	void approved(CallBack check, UUID account, String admin, Instant now) {
		this.callBack = new CallBackColumns(check.number(), check.confirmedBy(), check.calledAt(), check.outcome(),
				check.note());
		this.userId = account;
		decided(RegistrationStatus.APPROVED, admin, null, now);
	}

	void rejected(String reason, String admin, Instant now) {
		decided(RegistrationStatus.REJECTED, admin, reason, now);
	}

	private void decided(RegistrationStatus outcome, String admin, String reason, Instant now) {
		this.status = outcome;
		this.decidedBy = admin;
		this.decisionReason = reason;
		this.decidedAt = now;
		this.passwordHash = null;
	}

	UUID id() {
		return this.id;
	}

	String email() {
		return this.email;
	}

	String displayName() {
		return this.displayName;
	}

	String jobTitle() {
		return this.jobTitle;
	}

	String deskPhone() {
		return this.deskPhone;
	}

	UUID agencyId() {
		return this.agencyId;
	}

	String domainVerdict() {
		return this.domainVerdict;
	}

	Instant submittedAt() {
		return this.submittedAt;
	}

	Instant emailVerifiedAt() {
		return this.emailVerifiedAt;
	}

	String invitedByName() {
		return this.invitedByName;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	/**
	 * The call-back as stored.
	 */
	record CallBackColumns(String number, String confirmedBy, @Nullable Instant calledAt, CallBackOutcome outcome,
			String note) {

	}

}
