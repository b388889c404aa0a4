package dev.writ.demo;

import dev.writ.agency.NewAgency;
import dev.writ.identity.Role;

import org.jspecify.annotations.Nullable;

/**
 * A demo user: who they are and the password printed at start-up.
 *
 * @param agency the officer's agency; null for staff
 */
public record DemoLogin(String username, String displayName, Role role, @Nullable NewAgency agency) {

	/**
	 * Every demo account has this password. Demo only: the production jar has no demo
	 * accounts.
	 */
	public static final String PASSWORD = "writ-demo-2026";

	public static final DemoLogin FBI_OFFICER = officer("a.rivera@fbi.gov", "Special Agent Ana Rivera",
			DemoAgencies.FBI_SEATTLE);

	public static final DemoLogin STATE_OFFICER = officer("j.chen@wsp.wa.gov", "Detective Jordan Chen",
			DemoAgencies.WASHINGTON_STATE_PATROL);

	public static final DemoLogin CITY_OFFICER = officer("m.okafor@seattle.gov", "Officer Maya Okafor",
			DemoAgencies.SEATTLE_POLICE);

	public static final DemoLogin GERMAN_OFFICER = officer("k.wagner@polizei.berlin.de",
			"Kriminalkommissarin Katrin Wagner", DemoAgencies.LKA_BERLIN);

	public static final DemoLogin UK_OFFICER = officer("s.patel@nca.gov.uk", "Investigator Sam Patel",
			DemoAgencies.NATIONAL_CRIME_AGENCY);

	public static final DemoLogin ANALYST = staff("dana.analyst@contoso-cloud.example", "Dana Analyst", Role.ANALYST);

	public static final DemoLogin SECOND_ANALYST = staff("lee.reviewer@contoso-cloud.example", "Lee Reviewer",
			Role.ANALYST);

	public static final DemoLogin COUNSEL = staff("casey.counsel@contoso-cloud.example", "Casey Counsel", Role.COUNSEL);

	public static final DemoLogin ADMIN = staff("alex.admin@contoso-cloud.example", "Alex Admin", Role.ADMIN);

	public static final DemoLogin AUDITOR = staff("robin.auditor@contoso-cloud.example", "Robin Auditor", Role.AUDITOR);

	public static final java.util.List<DemoLogin> ALL = java.util.List.of(FBI_OFFICER, STATE_OFFICER, CITY_OFFICER,
			GERMAN_OFFICER, UK_OFFICER, ANALYST, SECOND_ANALYST, COUNSEL, ADMIN, AUDITOR);

	private static DemoLogin officer(String username, String name, NewAgency agency) {
		return new DemoLogin(username, name, Role.OFFICER, agency);
	}

	private static DemoLogin staff(String username, String name, Role role) {
		return new DemoLogin(username, name, role, null);
	}

}
