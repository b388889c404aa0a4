package dev.writ.agency.internal.vetting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.writ.agency.AgencyView;
import dev.writ.agency.OfficialDomainView;
import dev.writ.agency.VettedDomain;

import org.jspecify.annotations.Nullable;

/**
 * Domain vetting over one snapshot of the registry, in memory: pure, immutable, safe to
 * share between threads. The checks run in order and the first that applies decides:
 * <ol>
 * <li>a verified domain of a registered agency: {@code KNOWN_AGENCY};</li>
 * <li>a candidate official domain: {@code CANDIDATE_OFFICIAL};</li>
 * <li>a free web-mail service, or a name under one: {@code FREE_MAIL};</li>
 * <li>a name under an official domain: {@code UNKNOWN}, naming the parent (the owner
 * controls it, so it imitates nothing, but only verified domains count);</li>
 * <li>a name imitating an official domain: {@code LOOKALIKE}
 * ({@link LookalikeIndex});</li>
 * <li>anything else: {@code UNKNOWN}.</li>
 * </ol>
 */
public final class DomainVetter {

	private final Map<String, AgencyView> verified = new HashMap<>();

	private final Map<String, OfficialDomainView> candidates = new HashMap<>();

	private final FreeMailProviders freeMail;

	private final LookalikeIndex lookalikes;

	public DomainVetter(List<AgencyView> agencies, List<OfficialDomainView> candidates, FreeMailProviders freeMail) {
		agencies.forEach(agency -> agency.domains().forEach(domain -> this.verified.put(domain, agency)));
		candidates.forEach(candidate -> this.candidates.put(candidate.domain(), candidate));
		this.freeMail = freeMail;
		this.lookalikes = new LookalikeIndex(this.verified.keySet(), this.candidates.keySet());
	}

	/**
	 * @throws dev.writ.shared.validation.InvalidInput on field {@code address} when the
	 * text holds no domain name
	 */
	public VettedDomain vet(String addressOrDomain) {
		DomainName name = DomainName.of(addressOrDomain);
		AgencyView agency = this.verified.get(name.ascii());
		if (agency != null) {
			return VerdictMessages.knownAgency(name, agency);
		}
		OfficialDomainView candidate = this.candidates.get(name.ascii());
		if (candidate != null) {
			return VerdictMessages.candidate(name, candidate);
		}
		return this.freeMail.provider(name)
			.map(provider -> VerdictMessages.freeMail(name, provider))
			.or(() -> underOfficial(name))
			.or(() -> this.lookalikes.resemblance(name).map(resemblance -> lookalike(name, resemblance)))
			.orElseGet(() -> VerdictMessages.unknown(name));
	}

	private Optional<VettedDomain> underOfficial(DomainName name) {
		return name.parents()
			.stream()
			.filter(parent -> this.verified.containsKey(parent) || this.candidates.containsKey(parent))
			.findFirst()
			.map(parent -> VerdictMessages.underOfficial(name, parent, owner(parent), this.verified.get(parent)));
	}

	private VettedDomain lookalike(DomainName name, Resemblance resemblance) {
		String official = resemblance.official();
		return VerdictMessages.lookalike(name, resemblance, owner(official), this.verified.get(official));
	}

	private String owner(String official) {
		@Nullable AgencyView agency = this.verified.get(official);
		return (agency != null) ? agency.name() : this.candidates.get(official).owner();
	}

}
