package dev.writ.agency.internal.domains;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.writ.agency.DomainImportReport;
import dev.writ.agency.DomainImportReport.BadRow;

/**
 * Sorts the rows of one import into new, changed and unchanged domains against what the
 * table held before, writes them in batches as they stream past, and counts. Domains the
 * table holds but the file does not list are left alone: the registry snapshot may be
 * partial, and a domain leaving the registry shows as an old {@code last_imported}.
 */
final class ImportTally implements DotgovCsv.Rows {

	static final int BATCH = 1000;

	private final Map<String, DotgovRow> before;

	private final OfficialDomainStore store;

	private final Instant now;

	private final List<DotgovRow> inserts = new ArrayList<>();

	private final List<DotgovRow> updates = new ArrayList<>();

	private final List<String> unchanged = new ArrayList<>();

	private final List<BadRow> bad = new ArrayList<>();

	private int read;

	private int inserted;

	private int updated;

	private int untouched;

	ImportTally(Map<String, DotgovRow> before, OfficialDomainStore store, Instant now) {
		this.before = before;
		this.store = store;
		this.now = now;
	}

	@Override
	public void row(long line, DotgovRow row) {
		this.read++;
		DotgovRow previous = this.before.get(row.domain());
		if (previous == null) {
			this.inserts.add(row);
		}
		else if (previous.equals(row)) {
			this.unchanged.add(row.domain());
		}
		else {
			this.updates.add(row);
		}
		flush(BATCH);
	}

	@Override
	public void bad(BadRow bad) {
		this.read++;
		this.bad.add(bad);
	}

	/** Writes what is still pending and reports the whole import. */
	DomainImportReport finish(String fileName) {
		flush(1);
		return new DomainImportReport(fileName, this.read, this.inserted, this.updated, this.untouched, this.bad);
	}

	private void flush(int atLeast) {
		if (this.inserts.size() >= atLeast) {
			this.store.insert(this.inserts, this.now);
			this.inserted += this.inserts.size();
			this.inserts.clear();
		}
		if (this.updates.size() >= atLeast) {
			this.store.update(this.updates, this.now);
			this.updated += this.updates.size();
			this.updates.clear();
		}
		if (this.unchanged.size() >= atLeast) {
			this.store.touch(this.unchanged, this.now);
			this.untouched += this.unchanged.size();
			this.unchanged.clear();
		}
	}

}
