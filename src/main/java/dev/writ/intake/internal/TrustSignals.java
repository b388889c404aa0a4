package dev.writ.intake.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import dev.writ.agency.AgencyView;
import dev.writ.agency.DomainVerdict;
import dev.writ.agency.DomainVetting;
import dev.writ.agency.VettedDomain;
import dev.writ.identity.UserView;
import dev.writ.intake.TrustSignal;
import dev.writ.intake.TrustSignal.Kind;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.ProcessType;

import org.springframework.stereotype.Component;

/**
 * Signs that a demand deserves a second look before anything leaves the provider: forged
 * emergency requests come from new or look-alike accounts, at odd hours, asking for more
 * than an emergency needs (FBI PIN, Nov 2024). The signals inform staff; they decide
 * nothing by themselves.
 */
@Component
class TrustSignals {

	static final Duration NEW_ACCOUNT = Duration.ofDays(30);

	static final Duration VOLUME_WINDOW = Duration.ofHours(24);

	static final int UNUSUAL_VOLUME = 10;

	static final LocalTime OPENS = LocalTime.of(7, 0);

	static final LocalTime CLOSES = LocalTime.of(19, 0);

	private final DemandRepository demands;

	private final DomainVetting vetting;

	TrustSignals(DemandRepository demands, DomainVetting vetting) {
		this.demands = demands;
		this.vetting = vetting;
	}

	List<TrustSignal> of(Submission submission, Instant now) {
		List<TrustSignal> signals = new ArrayList<>();
		UserView officer = submission.officer();
		AgencyView agency = submission.agency();
		if (officer.createdAt() != null && officer.createdAt().isAfter(now.minus(NEW_ACCOUNT))) {
			signals.add(new TrustSignal(Kind.NEW_OFFICER_ACCOUNT, "account created " + officer.createdAt()));
		}
		if (this.demands.countByAgency(agency.id()) == 0) {
			signals.add(new TrustSignal(Kind.FIRST_DEMAND_FROM_AGENCY, agency.name() + " has sent no demand before"));
		}
		if (!agency.ownsAddress(officer.username())) {
			signals.add(new TrustSignal(Kind.SENDER_DOMAIN_NOT_VERIFIED,
					officer.username() + " is not on a verified domain of " + agency.name()));
		}
		lookalike(officer.username()).ifPresent(signals::add);
		outsideHours(agency, now).ifPresent(signals::add);
		emergencyWithContent(submission).ifPresent(signals::add);
		long recent = this.demands.countSubmittedBySince(officer.id(), now.minus(VOLUME_WINDOW));
		if (recent >= UNUSUAL_VOLUME) {
			signals.add(new TrustSignal(Kind.UNUSUAL_VOLUME, recent + " demands from this officer in 24 hours"));
		}
		return signals;
	}

	/**
	 * An account on a look-alike domain should never exist: registration refuses them.
	 * The check is repeated on every demand because domains are added to the registry
	 * after accounts are created.
	 */
	private java.util.Optional<TrustSignal> lookalike(String address) {
		VettedDomain vetted = this.vetting.vet(address);
		return (vetted.verdict() == DomainVerdict.LOOKALIKE) ? java.util.Optional
			.of(new TrustSignal(Kind.LOOKALIKE_DOMAIN, vetted.domain() + " imitates " + vetted.officialDomain()))
				: java.util.Optional.empty();
	}

	private static java.util.Optional<TrustSignal> outsideHours(AgencyView agency, Instant now) {
		ZonedDateTime local = now.atZone(agency.timeZone());
		boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
		boolean night = local.toLocalTime().isBefore(OPENS) || !local.toLocalTime().isBefore(CLOSES);
		if (!weekend && !night) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new TrustSignal(Kind.OUTSIDE_BUSINESS_HOURS,
				"submitted at " + local.toLocalDateTime().withNano(0) + " " + agency.timeZone().getId()));
	}

	private static java.util.Optional<TrustSignal> emergencyWithContent(Submission submission) {
		boolean emergency = submission.command().process().type() == ProcessType.EMERGENCY_REQUEST;
		boolean content = submission.command().dataRequested().stream().anyMatch(DataCategory::isContent);
		return (emergency && content)
				? java.util.Optional
					.of(new TrustSignal(Kind.EMERGENCY_WITH_CONTENT, "an emergency request asks for content"))
				: java.util.Optional.empty();
	}

}
