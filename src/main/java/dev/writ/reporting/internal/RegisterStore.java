package dev.writ.reporting.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.writ.reporting.RegisterEntry;
import dev.writ.shared.legal.Coded;
import dev.writ.shared.legal.ProcessType;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The imported register, written in batches and read back a period at a time as a stream.
 */
@Repository
class RegisterStore {

	private static final String UPSERT = """
			insert into register_entry (reference, received_date, country, section, process_type, issuer_level,
			    accounts_specified, outcome, enterprise, secrecy_order, data_location, source, imported_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			on conflict (reference) do update set received_date = excluded.received_date, country = excluded.country,
			    section = excluded.section, process_type = excluded.process_type, issuer_level = excluded.issuer_level,
			    accounts_specified = excluded.accounts_specified, outcome = excluded.outcome,
			    enterprise = excluded.enterprise, secrecy_order = excluded.secrecy_order,
			    data_location = excluded.data_location, source = excluded.source, imported_at = excluded.imported_at""";

	private final JdbcTemplate jdbc;

	RegisterStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void upsert(List<RegisterEntry> entries, String source, Instant at) {
		List<Object[]> rows = new ArrayList<>(entries.size());
		Timestamp when = Timestamp.from(at);
		for (RegisterEntry e : entries) {
			rows.add(new Object[] { e.reference(), Date.valueOf(e.receivedDate()), e.country(), e.section().name(),
					e.processType().code(), e.issuerLevel().name(), e.accountsSpecified(), e.outcome().name(),
					e.enterprise(), e.secrecyOrder(), e.dataLocation(), source, when });
		}
		this.jdbc.batchUpdate(UPSERT, rows);
	}

	/** Every entry received in the period, handed over one at a time. */
	void received(LocalDate from, LocalDate to, Consumer<RegisterEntry> entries) {
		this.jdbc.setFetchSize(10_000);
		this.jdbc.query("""
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
