package dev.writ.intake.web;

import java.util.Objects;

import dev.writ.identity.AccessDenied;
import dev.writ.identity.SignedInUser;
import dev.writ.intake.DemandDetail;
import dev.writ.intake.DemandQueries;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one place officer pages fetch a demand: only demands of the officer's own agency
 * are found; asking for another agency's demand is recorded as a denied attempt and
 * answered as if it did not exist.
 */
@Component
class OfficerDemands {

	private final DemandQueries queries;

	private final ApplicationEventPublisher events;

	OfficerDemands(DemandQueries queries, ApplicationEventPublisher events) {
		this.queries = queries;
		this.events = events;
	}

	DemandDetail ofOwnAgency(String reference, SignedInUser officer) {
		DemandDetail demand = this.queries.detail(reference).orElseThrow(() -> new UnknownPage(reference));
		if (!Objects.equals(demand.agencyId(), officer.agencyId())) {
			this.events.publishEvent(new AccessDenied(officer.getUsername(), "demand " + reference, remoteAddress()));
			throw new UnknownPage(reference);
		}
		return demand;
	}

	private static String remoteAddress() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
				? request.getRequest().getRemoteAddr() : "unknown";
	}

	DemandDetail correctable(String reference, SignedInUser officer) {
		DemandDetail demand = ofOwnAgency(reference, officer);
		if (!demand.status().correctable()) {
			throw new UnknownPage(reference + " (" + demand.status().label() + ")");
		}
		return demand;
	}

}
