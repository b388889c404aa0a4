package dev.writ.intake.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.writ.intake.CaseContext;
import dev.writ.intake.LegalProcess;
import dev.writ.intake.LegalProcess.CrossBorder;
import dev.writ.intake.LegalProcess.Delivery;
import dev.writ.intake.LegalProcess.EmergencyDetails;
import dev.writ.intake.LegalProcess.Issuance;
import dev.writ.intake.LegalProcess.NondisclosureOrder;
import dev.writ.intake.NamedTarget;
import dev.writ.shared.legal.Coded;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.legal.ServiceChannel;

import static dev.writ.intake.web.FormValues.checked;
import static dev.writ.intake.web.FormValues.text;

/**
 * Turns a posted demand form into the facts of a demand, collecting every problem (each
 * naming its field) rather than stopping at the first. Whether the demand is lawful is
 * not its question: the assessment engine answers that after submission.
 */
final class DemandFormReader {

	private DemandFormReader() {
	}

	static Read read(ProcessType type, DemandForm form, FormProblems problems) {
		FormValues values = new FormValues(problems);
		Issuance issuance = new Issuance(values.required("issuedBy", form.issuedBy()),
				values.jurisdiction("issuingJurisdiction", form.issuingJurisdiction()), text(form.issuerRole()),
				text(form.validatedBy()), checked(form.signed()), checked(form.onLetterhead()),
				values.requiredDate("issueDate", form.issueDate()), text(form.caseNumber()),
				text(form.localInstrument()));
		Delivery delivery = new Delivery(values.required("addressedTo", form.addressedTo()),
				ServiceChannel.LAW_ENFORCEMENT_PORTAL, null, null);
		LegalProcess process = new LegalProcess(type, issuance, delivery, values.range(form), secrecy(form, values),
				new EmergencyDetails(text(form.emergencySummary()), text(form.emergencyHowDataHelps())),
				checked(form.ownerConsent()), values.offence(form), crossBorder(type, form), values.prior(form));
		List<NamedTarget> targets = targets(form, problems);
		Set<DataCategory> data = data(form, problems);
		CaseContext context = new CaseContext(checked(form.childExploitation()), checked(form.hackedAccount()),
				checked(form.dangerToLife()), null);
		if (!checked(form.attested())) {
			problems.add("attested", "confirm that the submission is true and that you are authorised to make it");
		}
		return new Read(process, targets, data, context);
	}

	private static NondisclosureOrder secrecy(DemandForm form, FormValues values) {
		if (!checked(form.secrecyOrder())) {
			return NondisclosureOrder.none();
		}
		String statute = values.required("secrecyStatute", form.secrecyStatute());
		return new NondisclosureOrder(true, values.date("secrecyExpires", form.secrecyExpires()), statute);
	}

	private static CrossBorder crossBorder(ProcessType type, DemandForm form) {
		String instrument = (type == ProcessType.EUROPEAN_PRODUCTION_ORDER)
				? ("EPOC-PR".equals(text(form.euInstrument())) ? "EPOC-PR" : "EPOC") : null;
		return new CrossBorder(instrument, (instrument != null) ? checked(form.euEmergency()) : null,
				text(form.agreement()), (instrument != null) ? checked(form.enforcingStateNotified()) : null,
				text(form.enforcingStateResponse()));
	}

	private static List<NamedTarget> targets(DemandForm form, FormProblems problems) {
		String text = text(form.targets());
		if (text == null) {
			problems.add("targets", "name at least one account, one per line");
			return List.of();
		}
		List<NamedTarget> targets = TargetLines.read(text, problems);
		if (targets.size() > 50) {
			problems.add("targets", "at most 50 accounts per demand; split larger requests");
		}
		return targets;
	}

	private static Set<DataCategory> data(DemandForm form, FormProblems problems) {
		Set<DataCategory> data = EnumSet.noneOf(DataCategory.class);
		for (String code : (form.data() != null) ? form.data() : List.<String>of()) {
			Coded.find(DataCategory.class, code)
				.ifPresentOrElse(data::add, () -> problems.add("data", "unknown kind of data '" + code + "'"));
		}
		if (data.isEmpty()) {
			problems.add("data", "choose at least one kind of data");
		}
		return data;
	}

	/**
	 * A form read into the facts of a demand.
	 */
	record Read(LegalProcess process, List<NamedTarget> targets, Set<DataCategory> data, CaseContext context) {

	}

}
