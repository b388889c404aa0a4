package dev.writ.intake.internal;

/**
 * Human-readable demand references: {@code WR-2026-000042}. Short enough to read over the
 * phone, unique because the number comes from one database sequence.
 */
final class DemandReference {

	private DemandReference() {
	}

	static String format(int year, long number) {
		return "WR-%d-%06d".formatted(year, number);
	}

}
