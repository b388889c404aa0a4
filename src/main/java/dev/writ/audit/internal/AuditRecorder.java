package dev.writ.audit.internal;

import dev.writ.audit.AuditTrail;
import dev.writ.shared.audit.Auditable;
import dev.writ.shared.audit.DeniedAttempt;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records every published {@link Auditable} event. Synchronous on purpose: an audited
 * change and its entry commit or roll back together. A {@link DeniedAttempt} is
 * different: it must survive the rollback of the refused work, so it is written in its
 * own transaction once that work is over.
 */
@Component
class AuditRecorder {

	private final AuditTrail trail;

	private final TransactionTemplate ownTransaction;

	AuditRecorder(AuditTrail trail, PlatformTransactionManager transactions) {
		this.trail = trail;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener
	void on(Auditable event) {
		if (event instanceof DeniedAttempt && TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(afterCompletion(event));
		}
		else if (event instanceof DeniedAttempt) {
			recordAlone(event);
		}
		else {
			this.trail.record(event);
		}
	}

	private TransactionSynchronization afterCompletion(Auditable event) {
		return new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				recordAlone(event);
			}
		};
	}

	private void recordAlone(Auditable event) {
		this.ownTransaction.executeWithoutResult(status -> this.trail.record(event));
	}

}
