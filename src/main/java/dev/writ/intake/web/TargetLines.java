package dev.writ.intake.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.writ.intake.Identifiers;
import dev.writ.intake.NamedTarget;
import dev.writ.shared.legal.IdentifierSyntax;
import dev.writ.shared.legal.IdentifierType;

/**
 * Reads the targets box: one account per line. E-mail addresses, IP addresses and phone
 * numbers are recognised; anything else is a user name unless the line says what it is
 * ({@code gamertag: Night Owl}, {@code query: ...}).
 */
final class TargetLines {

	private TargetLines() {
	}

	/**
	 * The targets named, or the problems found, each naming its line.
	 */
	static List<NamedTarget> read(String text, FormProblems problems) {
		List<NamedTarget> targets = new ArrayList<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			NamedTarget target = target(line);
			Optional<String> problem = IdentifierSyntax.problem(target.type(), target.identifier());
			if (problem.isPresent()) {
				problems.add("targets", "line " + (i + 1) + ": " + problem.get());
			}
			else {
				targets.add(target);
			}
		}
		return targets;
	}

	/** How a target is written back into the box. */
	static String prefix(IdentifierType type) {
		return switch (type) {
			case EMAIL, PHONE, IP -> "";
			default -> type.code() + ": ";
		};
	}

	private static NamedTarget target(String line) {
		int colon = line.indexOf(':');
		if (colon > 0) {
			Optional<IdentifierType> named = Identifiers.kind(line.substring(0, colon));
			if (named.isPresent()) {
				return new NamedTarget(line.substring(colon + 1).strip(), named.get());
			}
		}
		return new NamedTarget(line, Identifiers.detect(line));
	}

}
