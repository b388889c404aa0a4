package dev.writ.agency.internal;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An official e-mail domain of an agency.
 */
@Table("agency_domain")
record AgencyDomain(String domain, Instant verifiedAt) {

}
