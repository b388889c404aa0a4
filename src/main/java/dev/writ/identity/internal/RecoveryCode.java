package dev.writ.identity.internal;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One recovery code, kept only as its SHA-256 digest.
 */
@Table("recovery_code")
record RecoveryCode(String codeHash, Instant usedAt) {

}
