package dev.writ.intake.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import dev.writ.agency.AgencyView;
import dev.writ.directory.AccountDirectory;
import dev.writ.directory.AccountFacts;
import dev.writ.intake.CaseContext;
import dev.writ.intake.LegalProcess;
import dev.writ.intake.LegalProcess.Delivery;
import dev.writ.intake.NamedTarget;
import dev.writ.intake.Requester;
import dev.writ.intake.SubmitDemand;
import dev.writ.intake.Target;
import dev.writ.rules.DemandFacts;
import dev.writ.shared.legal.AccountType;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.legal.ServiceChannel;

import org.springframework.stereotype.Component;

/**
 * Puts together what the engine must know about a submitted demand: who the requester is
 * comes from the agency registry and the officer's account, never from the form; how it
 * was served from the channel; what the accounts are from the account directory.
 */
@Component
class FactsAssembler {

	private final AccountDirectory directory;

	FactsAssembler(AccountDirectory directory) {
		this.directory = directory;
	}

	Assembled assemble(SubmitDemand command, AgencyView agency, String officerEmail, LocalDate today) {
		Requester requester = requester(agency, officerEmail);
		LegalProcess process = served(command, officerEmail);
		List<Target> targets = command.targets().stream().map(this::lookedUp).toList();
		DemandFacts facts = new DemandFacts("submission", today, today, FactsMapping.requester(requester),
				FactsMapping.process(process), targets.stream().map(FactsMapping::target).toList(),
				command.dataRequested().stream().sorted().toList(), FactsMapping.context(command.context()));
		return new Assembled(requester, process, targets, command.context(), facts);
	}

	private static Requester requester(AgencyView agency, String officerEmail) {
		String powers = agency.instrumentPowers().isEmpty() ? null
				: agency.instrumentPowers().stream().map(ProcessType::code).collect(Collectors.joining(","));
		return new Requester(agency.kind(), agency.name(), agency.country(), agency.region(), agency.level(),
				agency.verified(), agency.ownsAddress(officerEmail), powers);
	}

	/**
	 * Through Writ, a demand is served by the portal: the emergency form, or the EU
	 * establishment's channel.
	 */
	private static LegalProcess served(SubmitDemand command, String officerEmail) {
		LegalProcess process = command.process();
		Delivery delivery = new Delivery(process.delivery().addressedTo(), channel(process), officerEmail,
				process.delivery().domesticated());
		return new LegalProcess(process.type(), process.issuance(), delivery, process.dateRange(),
				process.nondisclosureOrder(), process.emergency(), process.accountOwnerConsent(), process.offence(),
				process.crossBorder(), process.priorPreservation());
	}

	private static ServiceChannel channel(LegalProcess process) {
		if (process.type() == ProcessType.EMERGENCY_REQUEST) {
			return ServiceChannel.EMERGENCY_PORTAL;
		}
		boolean euOrder = process.type() == ProcessType.EUROPEAN_PRODUCTION_ORDER
				|| "EPOC-PR".equalsIgnoreCase(process.crossBorder().euInstrument());
		return euOrder ? ServiceChannel.EU_DESIGNATED_ESTABLISHMENT : ServiceChannel.LAW_ENFORCEMENT_PORTAL;
	}

	private Target lookedUp(NamedTarget named) {
		AccountFacts facts = this.directory.lookup(named.identifier(), named.type());
		return new Target(named.identifier().trim(), named.type(),
				new Target.AccountFacts(facts.exists(), (facts.type() != null) ? facts.type() : AccountType.CONSUMER,
						facts.enterpriseSeats(), facts.customerName(), facts.dataLocation(),
						facts.ownerResidenceCountry(), facts.usPerson()));
	}

	/**
	 * The facts of one submission: as recorded with the demand, and as the engine reads
	 * them.
	 */
	record Assembled(Requester requester, LegalProcess process, List<Target> targets, CaseContext context,
			DemandFacts facts) {

	}

}
