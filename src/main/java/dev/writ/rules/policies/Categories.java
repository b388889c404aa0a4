package dev.writ.rules.policies;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.writ.shared.legal.DataCategory;

/**
 * The data classes of the rule base (legal-rules.md SCA-01, EEV-02 and section 10).
 */
final class Categories {

	/**
	 * What a subpoena reaches: 18 U.S.C. 2703(c)(2), with the identification-only IP
	 * treated alike.
	 */
	static final Set<DataCategory> SUBPOENA_LIST = EnumSet.of(DataCategory.BASIC_SUBSCRIBER_INFO,
			DataCategory.IP_CONNECTION_HISTORY, DataCategory.IP_FOR_IDENTIFICATION, DataCategory.BILLING_INFO,
			DataCategory.GAMERTAG);

	/** All non-content: the subpoena list plus transactional records (2703(c)(1)). */
	static final Set<DataCategory> NON_CONTENT = union(SUBPOENA_LIST, EnumSet.of(DataCategory.TRANSACTIONAL_RECORDS));

	static final Set<DataCategory> EVERYTHING = EnumSet.allOf(DataCategory.class);

	private Categories() {
	}

	static Set<DataCategory> content(List<DataCategory> requested) {
		return only(requested, EnumSet.complementOf(EnumSet.copyOf(NON_CONTENT)));
	}

	/** The requested categories outside what a process reaches, in the order asked. */
	static Set<DataCategory> beyond(List<DataCategory> requested, Set<DataCategory> reach) {
		Set<DataCategory> beyond = new LinkedHashSet<>(requested);
		beyond.removeAll(reach);
		return beyond;
	}

	static Set<DataCategory> only(List<DataCategory> requested, Set<DataCategory> kept) {
		Set<DataCategory> only = new LinkedHashSet<>(requested);
		only.retainAll(kept);
		return only;
	}

	static String names(Set<DataCategory> categories) {
		return String.join(", ", categories.stream().map(DataCategory::code).toList());
	}

	private static Set<DataCategory> union(Set<DataCategory> a, Set<DataCategory> b) {
		EnumSet<DataCategory> union = EnumSet.copyOf(a);
		union.addAll(b);
		return union;
	}

}
