package dev.writ.agency.internal.domains;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.writ.agency.OfficialDomainPage;
import dev.writ.agency.OfficialDomainView;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code official_domain} table. Writes come in batches, so an import of the whole
 * registry is a few round trips rather than one per row.
 */
@Component
public class OfficialDomainStore {

	static final String SOURCE = "dotgov";

	private static final String COLUMNS = "domain, organisation, suborganisation, domain_type, city, state, source, "
			+ "first_imported, last_imported";

	private static final String MATCHING = """
			where (:pattern = '%%' or domain like :pattern or lower(organisation) like :pattern
			or lower(coalesce(suborganisation, '')) like :pattern or lower(coalesce(city, '')) like :pattern
			or lower(coalesce(state, '')) like :pattern)""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	OfficialDomainStore(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** What the registry said of each domain at its last import, for comparison. */
	Map<String, DotgovRow> contents() {
		Map<String, DotgovRow> contents = new HashMap<>();
		this.jdbc.sql("select domain, domain_type, organisation, suborganisation, city, state from official_domain")
			.query((rs, row) -> new DotgovRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.stream()
			.forEach(row -> contents.put(row.domain(), row));
		return contents;
	}

	void insert(List<DotgovRow> rows, Instant at) {
		Timestamp now = Timestamp.from(at);
		this.batches.batchUpdate("insert into official_domain (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows.stream()
					.map(row -> new Object[] { row.domain(), row.organisation(), row.suborganisation(),
							row.domainType(), row.city(), row.state(), SOURCE, now, now })
					.toList());
	}

	void update(List<DotgovRow> rows, Instant at) {
		this.batches.batchUpdate("""
				update official_domain set organisation = ?, suborganisation = ?, domain_type = ?, city = ?,
				state = ?, last_imported = ? where domain = ?""",
				rows.stream()
					.map(row -> new Object[] { row.organisation(), row.suborganisation(), row.domainType(), row.city(),
							row.state(), Timestamp.from(at), row.domain() })
					.toList());
	}

	/** Records that an import listed these domains without changes. */
	void touch(List<String> domains, Instant at) {
		this.jdbc.sql("update official_domain set last_imported = ? where domain = any(?)")
			.params(Timestamp.from(at), domains.toArray(String[]::new))
			.update();
	}

	public List<OfficialDomainView> all() {
		return this.jdbc.sql("select " + COLUMNS + " from official_domain order by domain")
			.query(OfficialDomainStore::view)
			.list();
	}

	Optional<OfficialDomainView> find(String domain) {
		return this.jdbc.sql("select " + COLUMNS + " from official_domain where domain = ?")
			.param(domain.strip().toLowerCase(Locale.ROOT))
			.query(OfficialDomainStore::view)
			.optional();
	}

	OfficialDomainPage search(String query, int page, int pageSize) {
		String pattern = "%" + escapeLike(query.strip().toLowerCase(Locale.ROOT)) + "%";
		long total = this.jdbc.sql("select count(*) from official_domain " + MATCHING)
			.param("pattern", pattern)
			.query(Long.class)
			.single();
		List<OfficialDomainView> domains = this.jdbc
			.sql("select " + COLUMNS + " from official_domain " + MATCHING
					+ " order by domain limit :size offset :skip")
			.param("pattern", pattern)
			.param("size", pageSize)
			.param("skip", (long) (page - 1) * pageSize)
			.query(OfficialDomainStore::view)
			.list();
		return new OfficialDomainPage(domains, query.strip(), page, pageSize, total);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static OfficialDomainView view(ResultSet rs, int row) throws SQLException {
		return new OfficialDomainView(rs.getString("domain"), rs.getString("organisation"),
				rs.getString("suborganisation"), rs.getString("domain_type"), rs.getString("city"),
				rs.getString("state"), rs.getString("source"), rs.getTimestamp("first_imported").toInstant(),
				rs.getTimestamp("last_imported").toInstant());
	}

}
