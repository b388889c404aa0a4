package dev.writ.intake.web;

import java.util.List;
import java.util.Set;

import dev.writ.shared.legal.ProcessType;

/**
 * What the form asks for each kind of legal process: its name, a line on when to use it,
 * and which groups of fields it needs beyond those every demand has.
 *
 * @param sections the extra field groups: {@code emergency}, {@code offence}, {@code eu},
 * {@code agreement}, {@code prior}, {@code consent}
 */
public record ProcessGuide(ProcessType type, String group, String title, String hint, Set<String> sections) {

	private static final String US = "United States criminal process";

	private static final String URGENT = "Emergencies and preservation";

	private static final String FOREIGN = "Outside the United States";

	private static final String OTHER = "Civil and other requests";

	static final List<ProcessGuide> ALL = List.of(
			guide(ProcessType.SUBPOENA, US, "Subpoena", "Trial or other court subpoena: basic subscriber records only.",
					"prior"),
			guide(ProcessType.GRAND_JURY_SUBPOENA, US, "Grand jury subpoena",
					"Issued for a grand jury: basic subscriber records (18 U.S.C. 2703(c)(2)).", "prior"),
			guide(ProcessType.ADMINISTRATIVE_SUBPOENA, US, "Administrative subpoena",
					"Issued by an agency under its own statute: basic subscriber records.", "prior"),
			guide(ProcessType.COURT_ORDER_2703D, US, "Court order under 18 U.S.C. 2703(d)",
					"Reaches other non-content records such as headers and contacts.", "prior"),
			guide(ProcessType.SEARCH_WARRANT, US, "Search warrant",
					"Required for content: mail, files, chat (18 U.S.C. 2703(a),(b)).", "prior"),
			guide(ProcessType.EMERGENCY_REQUEST, URGENT, "Emergency disclosure request",
					"Danger of death or serious physical injury that cannot wait for process (18 U.S.C. 2702).",
					"emergency"),
			guide(ProcessType.PRESERVATION_REQUEST, URGENT, "Preservation request or extension",
					"Preserve records for 90 days while process is obtained (18 U.S.C. 2703(f)); to extend, "
							+ "name the earlier request.",
					"prior"),
			guide(ProcessType.EUROPEAN_PRODUCTION_ORDER, FOREIGN, "European Production or Preservation Order",
					"EPOC or EPOC-PR under Regulation (EU) 2023/1543, served on the designated establishment.", "eu",
					"offence"),
			guide(ProcessType.OVERSEAS_PRODUCTION_ORDER, FOREIGN, "UK overseas production order",
					"Crime (Overseas Production Orders) Act 2019, under the US-UK agreement.", "agreement", "offence"),
			guide(ProcessType.MLAT_REQUEST, FOREIGN, "Request under a mutual legal assistance treaty",
					"Routed through the US Department of Justice; the resulting US process follows.", "offence"),
			guide(ProcessType.CIVIL_SUBPOENA, OTHER, "Civil subpoena",
					"From a party to a civil case: non-content only, unless the account owner consents.", "consent"),
			guide(ProcessType.LETTER_WITHOUT_PROCESS, OTHER, "Letter without legal process",
					"A request without compulsory process; it will be answered, not complied with."));

	private static ProcessGuide guide(ProcessType type, String group, String title, String hint, String... sections) {
		return new ProcessGuide(type, group, title, hint, Set.of(sections));
	}

	static ProcessGuide of(ProcessType type) {
		return ALL.stream().filter(guide -> guide.type() == type).findFirst().orElseThrow();
	}

	static List<String> groups() {
		return ALL.stream().map(ProcessGuide::group).distinct().toList();
	}

	static List<ProcessGuide> in(String group) {
		return ALL.stream().filter(guide -> guide.group().equals(group)).toList();
	}

	/** Whether the form shows a group of fields for this kind of process. */
	public boolean needs(String section) {
		return this.sections.contains(section);
	}

	public String code() {
		return this.type.code();
	}

}
