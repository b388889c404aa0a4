package dev.writ.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import dev.writ.rules.DemandFacts.ConflictLaw;
import dev.writ.rules.DemandFacts.Context;
import dev.writ.rules.DemandFacts.CrossBorder;
import dev.writ.rules.DemandFacts.DateRange;
import dev.writ.rules.DemandFacts.Nondisclosure;
import dev.writ.rules.DemandFacts.Offence;
import dev.writ.rules.DemandFacts.PriorPreservation;
import dev.writ.rules.DemandFacts.Process;
import dev.writ.rules.DemandFacts.Requester;
import dev.writ.rules.DemandFacts.Target;
import dev.writ.rules.scenario.ProviderProfiles;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.ProcessType;

/**
 * Valid demands to start from, one per kind of instrument; each test changes only the
 * fact it is about. <pre>
 * DemandFactsFixture.aGrandJurySubpoena().requesting(EMAIL_CONTENT).build()
 * </pre>
 */
public final class DemandFactsFixture {

	public static final LocalDate RECEIVED = LocalDate.of(2026, 9, 1);

	public static final ProviderProfile CONTOSO = ProviderProfiles.contosoCloud();

	public static final Target CONSUMER = TargetFixture.CONSUMER;

	private LocalDate received = RECEIVED;

	private LocalDate evaluated;

	private Requester requester = RequesterFixture.FBI;

	private ProcessType type = ProcessType.GRAND_JURY_SUBPOENA;

	private String issuedBy = "U.S. Attorney's Office, W.D. Wash. (grand jury)";

	private String jurisdiction = "US-federal";

	private String issuerRole = "prosecutor";

	private String validatedBy;

	private boolean signed = true;

	private boolean letterhead = true;

	private LocalDate issued = RECEIVED.minusDays(5);

	private String addressedTo = "Contoso Cloud, Inc.";

	private DateRange dateRange = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

	private Nondisclosure secrecy = Nondisclosure.none();

	private String summary;

	private String howDataHelps;

	private boolean consent;

	private String channel = "law_enforcement_portal";

	private Offence offence;

	private CrossBorder crossBorder = CrossBorder.none();

	private PriorPreservation prior;

	private Boolean domesticated;

	private List<Target> targets = List.of(CONSUMER);

	private List<DataCategory> data = List.of(DataCategory.BASIC_SUBSCRIBER_INFO, DataCategory.IP_CONNECTION_HISTORY);

	private Context context = Context.none();

	private DemandFactsFixture() {
	}

	public static DemandFactsFixture aGrandJurySubpoena() {
		return new DemandFactsFixture();
	}

	public static DemandFactsFixture aSearchWarrant() {
		return new DemandFactsFixture().ofType(ProcessType.SEARCH_WARRANT)
			.issuedBy("U.S. Magistrate Judge, W.D. Wash.", "magistrate_judge")
			.requesting(DataCategory.EMAIL_CONTENT, DataCategory.BASIC_SUBSCRIBER_INFO);
	}

	public static DemandFactsFixture anEmergencyRequest() {
		return new DemandFactsFixture().ofType(ProcessType.EMERGENCY_REQUEST)
			.issuedBy("Seattle Police Department, watch commander", "police")
			.inJurisdiction("US-WA")
			.servedBy("emergency_portal")
			.withContext(ContextFixture.dangerToLife())
			.withEmergency("A kidnapped child is being held; the suspect uses this account.",
					"Recent login IP addresses locate the suspect.")
			.issuedOn(RECEIVED)
			.forPeriod(RECEIVED.minusDays(3), RECEIVED);
	}

	public static DemandFactsFixture aEuropeanProductionOrder() {
		DemandFactsFixture order = new DemandFactsFixture().ofType(ProcessType.EUROPEAN_PRODUCTION_ORDER)
			.from(RequesterFixture.LKA_BERLIN)
			.issuedBy("Ermittlungsrichter, Amtsgericht Tiergarten", "investigating_judge")
			.inJurisdiction("DE")
			.addressedTo("Contoso Cloud Ireland Limited")
			.servedBy("eu_designated_establishment")
			.withOffence(new Offence("investment fraud", 10, false))
			.withCrossBorder(new CrossBorder("EPOC", false, null, null, null))
			.requesting(DataCategory.EMAIL_CONTENT, DataCategory.BASIC_SUBSCRIBER_INFO);
		return order.withTargets(TargetFixture.BERLIN_RESIDENT);
	}

	public static DemandFactsFixture aUkOverseasProductionOrder() {
		return new DemandFactsFixture().ofType(ProcessType.OVERSEAS_PRODUCTION_ORDER)
			.from(RequesterFixture.NATIONAL_CRIME_AGENCY)
			.issuedBy("Crown Court at Southwark", "judge")
			.inJurisdiction("GB-EAW")
			.servedBy("uk_designated_authority")
			.withOffence(new Offence("conspiracy to defraud", 10, false))
			.withCrossBorder(new CrossBorder(null, false, "US-UK", null, null))
			.requesting(DataCategory.EMAIL_CONTENT)
			.withTargets(TargetFixture.LONDON_RESIDENT);
	}

	public static DemandFactsFixture aCivilSubpoena() {
		return new DemandFactsFixture().ofType(ProcessType.CIVIL_SUBPOENA)
			.from(RequesterFixture.PLAINTIFF_COUNSEL)
			.issuedBy("King County Superior Court", "attorney_of_record")
			.inJurisdiction("US-WA")
			.servedBy("registered_agent");
	}

	public static DemandFactsFixture aPreservationRequest() {
		return new DemandFactsFixture().ofType(ProcessType.PRESERVATION_REQUEST)
			.issuedBy("FBI Seattle, special agent", "police")
			.requesting(DataCategory.EMAIL_CONTENT, DataCategory.BASIC_SUBSCRIBER_INFO);
	}

	public DemandFactsFixture ofType(ProcessType processType) {
		this.type = processType;
		return this;
	}

	public DemandFactsFixture from(Requester who) {
		this.requester = who;
		return this;
	}

	public DemandFactsFixture issuedBy(String issuer, String role) {
		this.issuedBy = issuer;
		this.issuerRole = role;
		return this;
	}

	public DemandFactsFixture validatedBy(String role) {
		this.validatedBy = role;
		return this;
	}

	public DemandFactsFixture inJurisdiction(String issuingJurisdiction) {
		this.jurisdiction = issuingJurisdiction;
		return this;
	}

	public DemandFactsFixture unsigned() {
		this.signed = false;
		return this;
	}

	public DemandFactsFixture withoutLetterhead() {
		this.letterhead = false;
		return this;
	}

	public DemandFactsFixture receivedOn(LocalDate day) {
		this.received = day;
		return this;
	}

	public DemandFactsFixture evaluatedOn(LocalDate day) {
		this.evaluated = day;
		return this;
	}

	public DemandFactsFixture issuedOn(LocalDate day) {
		this.issued = day;
		return this;
	}

	public DemandFactsFixture addressedTo(String addressee) {
		this.addressedTo = addressee;
		return this;
	}

	public DemandFactsFixture forPeriod(LocalDate from, LocalDate to) {
		this.dateRange = new DateRange(from, to);
		return this;
	}

	public DemandFactsFixture withoutPeriod() {
		this.dateRange = null;
		return this;
	}

	public DemandFactsFixture withSecrecyOrder(LocalDate expires) {
		this.secrecy = new Nondisclosure(true, expires, "18 U.S.C. 2705(b)");
		return this;
	}

	public DemandFactsFixture withEmergency(String emergencySummary, String dataHelps) {
		this.summary = emergencySummary;
		this.howDataHelps = dataHelps;
		return this;
	}

	public DemandFactsFixture withOwnerConsent() {
		this.consent = true;
		return this;
	}

	public DemandFactsFixture servedBy(String serviceChannel) {
		this.channel = serviceChannel;
		return this;
	}

	public DemandFactsFixture withOffence(Offence theOffence) {
		this.offence = theOffence;
		return this;
	}

	public DemandFactsFixture withCrossBorder(CrossBorder facts) {
		this.crossBorder = facts;
		return this;
	}

	public DemandFactsFixture afterPreservation(PriorPreservation earlier) {
		this.prior = earlier;
		return this;
	}

	public DemandFactsFixture domesticated(Boolean isDomesticated) {
		this.domesticated = isDomesticated;
		return this;
	}

	public DemandFactsFixture withTargets(Target... named) {
		this.targets = List.of(named);
		return this;
	}

	public DemandFactsFixture requesting(DataCategory... categories) {
		this.data = Arrays.asList(categories);
		return this;
	}

	public DemandFactsFixture withContext(Context facts) {
		this.context = facts;
		return this;
	}

	public DemandFactsFixture withConflictLaw(String country, boolean materialRisk) {
		this.context = new Context(this.context.childExploitation(), this.context.hackedAccountSuspected(),
				this.context.dangerToLife(),
				new ConflictLaw(country, "data-protection law of " + country, materialRisk));
		return this;
	}

	public DemandFacts build() {
		Process process = new Process(this.type, this.issuedBy, this.jurisdiction, this.issuerRole, this.validatedBy,
				this.signed, this.letterhead, this.issued, this.addressedTo, this.dateRange, this.secrecy, this.summary,
				this.howDataHelps, this.consent, this.channel, this.offence, this.crossBorder, this.prior,
				this.domesticated, null, null, null);
		return new DemandFacts("fixture", this.received, (this.evaluated != null) ? this.evaluated : this.received,
				this.requester, process, new ArrayList<>(this.targets), new ArrayList<>(this.data), this.context);
	}

	/** The assessment of these facts by the whole engine with the demo profile. */
	public Assessment assess() {
		return new AssessmentEngine(CONTOSO).assess(build());
	}

	public static Set<DataCategory> none() {
		return Set.of();
	}

}
