package dev.writ.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who the provider is and the policy choices the law leaves to it: configuration, not
 * code. A provider adapts Writ by editing its profile (docs/rules.md).
 *
 * @param legalNames the names process must be addressed to
 * @param aliases other names that identify the same company on an addressee line
 * @param euDesignatedEstablishment where EU orders must be addressed (Directive
 * 2023/1544)
 * @param headquarters e.g. US-WA: out-of-state civil subpoenas must be domesticated here
 * @param enterpriseSeatThreshold customers with more seats than this are enterprises
 * (redirect)
 * @param acceptedChannels service channels accepted per kind of instrument
 * @param reimbursement when the provider seeks cost reimbursement
 */
public record ProviderProfile(String name, List<String> legalNames, List<String> aliases,
		String euDesignatedEstablishment, String headquarters, Map<String, String> services,
		int enterpriseSeatThreshold, AcceptedChannels acceptedChannels, Reimbursement reimbursement) {

	/**
	 * Service channels the provider accepts, per kind of instrument (legal-rules.md
	 * POL-FORM).
	 */
	public record AcceptedChannels(Set<String> usProcess, Set<String> emergency, Set<String> euOrders,
			Set<String> ukOrders) {

	}

	/**
	 * When cost reimbursement is sought (18 U.S.C. 2706; provider policy).
	 */
	public record Reimbursement(boolean usGovernment, boolean civil, boolean emergencies, boolean childExploitation) {

	}

}
