package dev.writ.shared.audit;

/**
 * An attempt that was refused: a failed sign-in, a forbidden page, an illegal transition.
 * It is recorded even when the surrounding transaction rolls back.
 */
public interface DeniedAttempt extends Auditable {

}
