package dev.writ.agency.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.writ.agency.AgencyView;
import dev.writ.agency.DomainImportReport.BadRow;
import dev.writ.agency.OfficialDomainView;
import dev.writ.agency.VettedDomain;
import dev.writ.agency.internal.domains.DotgovCsv;
import dev.writ.agency.internal.domains.DotgovRow;
import dev.writ.agency.internal.vetting.DomainVetter;
import dev.writ.agency.internal.vetting.FreeMailProviders;
import dev.writ.shared.legal.GovernmentLevel;
import dev.writ.shared.legal.RequesterKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time per domain check against the whole .gov registry (16,539 candidate domains, read
 * once from {@code ../shared/data/dotgov-domains.csv}) and the demo's verified agency
 * domains. {@code vetMixed} cycles through a mix of verdicts; {@code vetUnknown} through
 * domains that match nothing, so every check (free mail, parents, look-alike characters,
 * embedded names, edit distance) runs to the end: the worst case. Run with the command in
 * docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode({ Mode.AverageTime, Mode.SampleTime })
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 2, jvmArgsAppend = "-XX:ActiveProcessorCount=1")
public class DomainVettingBenchmark {

	static final Path REGISTRY = Path.of("../shared/data/dotgov-domains.csv");

	static final String[] MIXED = { "a.rivera@fbi.gov", "trooper@wsp.wa.gov", "detective@seattle.gov",
			"chief@chattanooga.gov", "someone@gmail.com", "dpd.emergency.unit@freemail.example", "agent@fbl.gov",
			"agent@fbi-gov.com", "agent@fbi.gov.secure-portal.com", "agent@xn--fb-ioc.gov", "clerk@seattel.gov",
			"crisis.unit@springfie1d-il-police.example", "officer@example.org", "k.morrow@contosomail.example",
			"kommissariat@polizei.berlin.de", "agent@mail.fbi.gov" };

	static final String[] UNKNOWN = { "officer@example.org", "k.morrow@contosomail.example",
			"crisis.unit@springfie1d-il-police.example", "someone@mail.contoso-cloud.example",
			"detective@police.nsw.gov.au", "sergeant@met.police.uk", "clerk@cityofspringfield-records.net",
			"deputy@sheriff.countyof-somewhere.org" };

	private List<OfficialDomainView> candidates;

	private DomainVetter vetter;

	private int next;

	@Setup
	public void readTheRegistry() throws IOException {
		if (!Files.isReadable(REGISTRY)) {
			throw new IllegalStateException(REGISTRY.toAbsolutePath() + " is absent: the benchmark needs the .gov "
					+ "registry (see ../shared/data/README.md)");
		}
		this.candidates = read();
		this.vetter = buildTheVetter();
	}

	@Benchmark
	@OperationsPerInvocation(16)
	public void vetMixed(Blackhole blackhole) {
		vetEach(MIXED, blackhole);
	}

	@Benchmark
	@OperationsPerInvocation(16)
	public void vetUnknown(Blackhole blackhole) {
		vetEach(UNKNOWN, blackhole);
	}

	/** Building the index, as the application does after each import: milliseconds. */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Warmup(iterations = 3)
	@Measurement(iterations = 10)
	public DomainVetter buildTheVetter() {
		return new DomainVetter(agencies(), this.candidates, FreeMailProviders.standard());
	}

	private void vetEach(String[] addresses, Blackhole blackhole) {
		for (int i = 0; i < 16; i++) {
			VettedDomain vetted = this.vetter.vet(addresses[this.next]);
			this.next = (this.next + 1) % addresses.length;
			blackhole.consume(vetted);
		}
	}

	private static List<AgencyView> agencies() {
		return List.of(agency("FBI Seattle Field Office", "fbi.gov"), agency("Washington State Patrol", "wsp.wa.gov"),
				agency("Seattle Police Department", "seattle.gov"),
				agency("Landeskriminalamt Berlin", "polizei.berlin.de"), agency("National Crime Agency", "nca.gov.uk"));
	}

	private static AgencyView agency(String name, String domain) {
		return new AgencyView(UUID.nameUUIDFromBytes(domain.getBytes()), name, RequesterKind.LAW_ENFORCEMENT, "US",
				null, GovernmentLevel.LOCAL, List.of(domain), null, null, ZoneId.of("UTC"), List.of(), true);
	}

	private static List<OfficialDomainView> read() throws IOException {
		List<OfficialDomainView> views = new ArrayList<>();
		try (InputStream csv = Files.newInputStream(REGISTRY)) {
			DotgovCsv.read(csv, new DotgovCsv.Rows() {
				@Override
				public void row(long line, DotgovRow row) {
					views.add(new OfficialDomainView(row.domain(), row.organisation(), row.suborganisation(),
							row.domainType(), row.city(), row.state(), "dotgov", Instant.EPOCH, Instant.EPOCH));
				}

				@Override
				public void bad(BadRow bad) {
					// Counted by the import tests; the benchmark only needs the good
					// rows.
				}
			});
		}
		return views;
	}

}
