package dev.writ.audit.internal;

import java.io.PrintStream;
import java.util.List;

import dev.writ.audit.AuditTrail;
import dev.writ.audit.ChainVerification;
import dev.writ.shared.cli.CliCommand;

import org.springframework.stereotype.Component;

/**
 * {@code writ audit verify}: checks the chain in the configured database; exit 1 names
 * the first broken entry.
 */
@Component
class AuditVerifyCommand implements CliCommand {

	private final AuditTrail trail;

	AuditVerifyCommand(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public String name() {
		return "audit verify";
	}

	@Override
	public String summary() {
		return "check the audit chain; exit 1 naming the first broken entry";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (!args.isEmpty()) {
			err.println("audit verify takes no arguments, got: " + String.join(" ", args));
			return 2;
		}
		ChainVerification verification = this.trail.verify();
		(verification.isIntact() ? out : err).println(verification.describe());
		return verification.isIntact() ? 0 : 1;
	}

}
