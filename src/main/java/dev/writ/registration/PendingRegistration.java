package dev.writ.registration;

import java.time.Instant;
import java.util.UUID;

import dev.writ.agency.AgencyView;

import org.jspecify.annotations.Nullable;

/**
 * A registration waiting for vetting, with the facts the administrator weighs.
 *
 * @param agency the agency the address's domain belongs to, with its independently
 * sourced switchboard number
 * @param domainVerdict what domain vetting said of the address when it registered
 * @param deskPhone the number the registrant gave: shown, never used for the call-back
 * @param invitedBy the officer who invited the registrant, if any
 */
public record PendingRegistration(UUID id, String name, String email, String jobTitle, String deskPhone,
		AgencyView agency, String domainVerdict, Instant submittedAt, Instant emailVerifiedAt,
		@Nullable String invitedBy) {

}
