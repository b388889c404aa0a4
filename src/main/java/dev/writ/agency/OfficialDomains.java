package dev.writ.agency;

import java.io.InputStream;
import java.util.Optional;

/**
 * Candidate official domains: names a public registry lists as belonging to a government
 * organisation. They are candidates, never verified agency domains: an agency's verified
 * domains are those {@link Agencies} holds.
 */
public interface OfficialDomains {

	/**
	 * Imports the US .gov registry (the CSV of cisagov/dotgov-data: a header row naming
	 * at least {@code Domain name}, {@code Domain type} and {@code Organization name}).
	 * The file is streamed and imported in one transaction. Rows that cannot be used are
	 * reported with their line number and skipped; importing the same file again changes
	 * no domain's data.
	 * @param csv the file's bytes, UTF-8
	 * @param fileName named in the report and the audit trail
	 * @param actor who imported it, for the audit trail
	 * @throws dev.writ.shared.validation.InvalidInput on field {@code file} when the file
	 * has no such header row or is not well-formed CSV; nothing is imported then
	 * @throws java.io.UncheckedIOException when the stream cannot be read
	 */
	DomainImportReport importDotgov(InputStream csv, String fileName, String actor);

	/**
	 * One page of the candidate domains whose name, organisation, suborganisation, city
	 * or state contains the query (case-insensitive), in domain order.
	 * @param page counted from 1
	 */
	OfficialDomainPage search(String query, int page, int pageSize);

	Optional<OfficialDomainView> find(String domain);

}
