package dev.writ.reporting.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dev.writ.reporting.HistoricalRegisters;
import dev.writ.reporting.RegisterEntry;
import dev.writ.reporting.RegisterImported;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a register in one transaction, streaming: rows go to the database in batches as
 * they are read, and one bad row anywhere rolls the whole file back, after every bad row
 * has been found and named.
 */
@Service
class RegisterImporter implements HistoricalRegisters {

	static final int BATCH = 5_000;

	private final RegisterStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RegisterImporter(RegisterStore store, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public long importCsv(InputStream csv, String source, String actor) {
		this.store.stage();
		Tally tally = new Tally(source);
		RegisterCsv.read(csv, tally);
		tally.flush();
		if (tally.badCount > 0) {
			throw new RegisterRefused(tally.badRows, tally.badCount);
		}
		this.store.merge();
		this.events.publishEvent(new RegisterImported(source, tally.imported, actor));
		return tally.imported;
	}

	/** Batches good rows while the file is clean; after the first bad row only counts. */
	private final class Tally implements RegisterCsv.Rows {

		private final String source;

		private final List<RegisterEntry> batch = new ArrayList<>(BATCH);

		private final List<String> badRows = new ArrayList<>();

		private long imported;

		private long badCount;

		Tally(String source) {
			this.source = source;
		}

		@Override
		public void entry(RegisterEntry entry) {
			if (this.badCount > 0) {
				return;
			}
			this.batch.add(entry);
			if (this.batch.size() == BATCH) {
				flush();
			}
		}

		@Override
		public void bad(long line, String problem) {
			this.badCount++;
			if (this.badRows.size() < RegisterRefused.SHOWN) {
				this.badRows.add("line " + line + ": " + problem);
			}
		}

		void flush() {
			if (!this.batch.isEmpty() && this.badCount == 0) {
				RegisterImporter.this.store.copy(this.batch, this.source, RegisterImporter.this.clock.instant(),
						this.imported);
				this.imported += this.batch.size();
			}
			this.batch.clear();
		}

	}

}
