package dev.writ.agency.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.writ.agency.AgencyView;
import dev.writ.agency.NewAgency;
import dev.writ.shared.legal.Coded;
import dev.writ.shared.legal.GovernmentLevel;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.legal.RequesterKind;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A requesting agency (aggregate root).
 */
@Table("agency")
class Agency {

	@Id
	private final UUID id;

	private final String name;

	private final RequesterKind kind;

	private final String country;

	private final String region;

	private final GovernmentLevel level;

	private final String switchboardPhone;

	private final String switchboardSource;

	private final String timeZone;

	private final String instrumentPowers;

	private final AgencyStatus status;

	private final Instant createdAt;

	@MappedCollection(idColumn = "agency_id")
	private final Set<AgencyDomain> domains;

	@Version
	private Integer version;

	Agency(UUID id, String name, RequesterKind kind, String country, String region, GovernmentLevel level,
			String switchboardPhone, String switchboardSource, String timeZone, String instrumentPowers,
			AgencyStatus status, Instant createdAt, Set<AgencyDomain> domains) {
		this.id = id;
		this.name = name;
		this.kind = kind;
		this.country = country;
		this.region = region;
		this.level = level;
		this.switchboardPhone = switchboardPhone;
		this.switchboardSource = switchboardSource;
		this.timeZone = timeZone;
		this.instrumentPowers = instrumentPowers;
		this.status = status;
		this.createdAt = createdAt;
		this.domains = domains;
	}

	static Agency register(NewAgency agency, Instant now) {
		Set<AgencyDomain> domains = agency.domains()
			.stream()
			.map(domain -> new AgencyDomain(domain, now))
			.collect(Collectors.toSet());
		String powers = agency.instrumentPowers().isEmpty() ? null
				: agency.instrumentPowers().stream().map(ProcessType::code).collect(Collectors.joining(","));
		return new Agency(UUID.randomUUID(), agency.name().trim(), agency.kind(), agency.country(), agency.region(),
				agency.level(), agency.switchboardPhone(), agency.switchboardSource(), agency.timeZone().getId(),
				powers, AgencyStatus.VERIFIED, now, domains);
	}

	AgencyView view() {
		List<String> domainNames = this.domains.stream().map(AgencyDomain::domain).sorted().toList();
		return new AgencyView(this.id, this.name, this.kind, this.country, this.region, this.level, domainNames,
				this.switchboardPhone, this.switchboardSource, ZoneId.of(this.timeZone), powers(),
				this.status == AgencyStatus.VERIFIED);
	}

	private List<ProcessType> powers() {
		if (this.instrumentPowers == null) {
			return List.of();
		}
		return Arrays.stream(this.instrumentPowers.split(","))
			.map(code -> Coded.parse(ProcessType.class, code))
			.toList();
	}

	UUID id() {
		return this.id;
	}

}
