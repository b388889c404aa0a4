package dev.writ.reporting.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dev.writ.reporting.RegisterEntry;
import dev.writ.shared.legal.Coded;
import dev.writ.shared.legal.ProcessType;
import org.postgresql.PGConnection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The imported register: rows streamed into a staging table with COPY and merged in one
 * statement; read back a period at a time, as a stream or counted in groups.
 */
@Repository
class RegisterStore {

	static final String COLUMNS = "reference, received_date, country, section, process_type, issuer_level, "
			+ "accounts_specified, outcome, enterprise, secrecy_order, data_location, source, imported_at";

	/**
	 * From the staging table into the register: the last row of a reference wins, and a
	 * reference imported before is replaced (the import is idempotent).
	 */
	private static final String MERGE = """
			insert into register_entry (%1$s)
			select distinct on (reference) %1$s from register_staging order by reference, line desc
			on conflict (reference) do update set received_date = excluded.received_date, country = excluded.country,
			    section = excluded.section, process_type = excluded.process_type, issuer_level = excluded.issuer_level,
			    accounts_specified = excluded.accounts_specified, outcome = excluded.outcome,
			    enterprise = excluded.enterprise, secrecy_order = excluded.secrecy_order,
			    data_location = excluded.data_location, source = excluded.source, imported_at = excluded.imported_at"""
		.formatted(COLUMNS);

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	/**
	 * Reads a period's rows in chunks instead of holding them all (PostgreSQL cursor).
	 */
	private final JdbcTemplate streaming;

	RegisterStore(JdbcTemplate jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(10_000);
	}

	/** Opens the transaction's staging table, dropped at commit or rollback. */
	void stage() {
		this.jdbc.execute("create temp table if not exists register_staging (like register_entry) on commit drop");
		this.jdbc.execute("alter table register_staging add column if not exists line bigint");
		this.jdbc.execute("truncate register_staging");
	}

	/**
	 * Streams a batch into the staging table with PostgreSQL's COPY.
	 * @param firstLine the position of the batch's first row in its file (later rows of a
	 * reference win)
	 */
	void copy(List<RegisterEntry> entries, String source, Instant at, long firstLine) {
		StringBuilder csv = new StringBuilder(entries.size() * 120);
		long line = firstLine;
		for (RegisterEntry entry : entries) {
			append(csv, entry, source, at, line++);
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy register_staging (" + COLUMNS + ", line) from stdin with (format csv)",
						new StringReader(csv.toString()));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("could not copy register rows into PostgreSQL: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/** Moves the staged rows into the register. */
	long merge() {
		return this.jdbc.update(MERGE);
	}

	private static void append(StringBuilder csv, RegisterEntry e, String source, Instant at, long line) {
		String location = (e.dataLocation() != null) ? e.dataLocation() : "";
		csv.append(quoted(e.reference())).append(',').append(e.receivedDate()).append(',').append(e.country());
		csv.append(',').append(e.section().name()).append(',').append(e.processType().code()).append(',');
		csv.append(e.issuerLevel().name()).append(',').append(e.accountsSpecified()).append(',');
		csv.append(e.outcome().name()).append(',').append(e.enterprise()).append(',').append(e.secrecyOrder());
		csv.append(',').append(location).append(',').append(quoted(source)).append(',').append(at).append(',');
		csv.append(line).append('\n');
	}

	private static String quoted(String text) {
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	/**
	 * The period's entries counted by the database in groups alike in everything the
	 * report looks at: each group as one representative entry (no reference, received on
	 * the period's first day), how many demands it stands for, and the identifiers they
	 * name.
	 */
	void groups(LocalDate from, LocalDate to, GroupConsumer groups) {
		// grouped only by what the report looks at, so the database does the counting
		String sql = """
				select section, country, outcome, enterprise, secrecy_order, issuer_level = 'FEDERAL',
				       process_type = 'search_warrant' and data_location is not null and data_location <> 'US',
				       count(*), sum(accounts_specified)
				from register_entry where received_date between ? and ?
				group by 1, 2, 3, 4, 5, 6, 7""";
		this.jdbc.query(sql, row -> {
			groups.accept(representative(row, from), row.getLong(8), row.getLong(9));
		}, Date.valueOf(from), Date.valueOf(to));
	}

	/**
	 * An entry standing for its group: a federal or a state issuer, and a search warrant
	 * for content stored abroad or a subpoena, as the group's flags say.
	 */
	private static RegisterEntry representative(ResultSet row, LocalDate day) throws SQLException {
		boolean warrantAbroad = row.getBoolean(7);
		return new RegisterEntry("", day, row.getString(2), RegisterEntry.Section.valueOf(row.getString(1)),
				warrantAbroad ? ProcessType.SEARCH_WARRANT : ProcessType.SUBPOENA,
				row.getBoolean(6) ? RegisterEntry.IssuerLevel.FEDERAL : RegisterEntry.IssuerLevel.STATE, 0,
				RegisterEntry.Outcome.valueOf(row.getString(3)), row.getBoolean(4), row.getBoolean(5),
				warrantAbroad ? "ZZ" : null);
	}

	/** Receives counted groups. */
	interface GroupConsumer {

		void accept(RegisterEntry alike, long times, long accounts);

	}

	/** Every entry received in the period, handed over one at a time. */
	void received(LocalDate from, LocalDate to, Consumer<RegisterEntry> entries) {
		this.streaming.query("""
				select reference, received_date, country, section, process_type, issuer_level, accounts_specified,
				       outcome, enterprise, secrecy_order, data_location
				from register_entry where received_date between ? and ?""", row -> {
			entries.accept(new RegisterEntry(row.getString(1), row.getDate(2).toLocalDate(), row.getString(3),
					RegisterEntry.Section.valueOf(row.getString(4)), Coded.parse(ProcessType.class, row.getString(5)),
					RegisterEntry.IssuerLevel.valueOf(row.getString(6)), row.getInt(7),
					RegisterEntry.Outcome.valueOf(row.getString(8)), row.getBoolean(9), row.getBoolean(10),
					row.getString(11)));
		}, Date.valueOf(from), Date.valueOf(to));
	}

}
