package dev.writ.rules.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.writ.rules.Assessment;
import dev.writ.rules.AssessmentEngine;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.scenario.ProviderProfiles;
import dev.writ.rules.scenario.ScenarioReader;
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
 * Time and allocation per assessment over the whole scenario suite (parsing excluded: the
 * facts are read once). Each invocation assesses the next 128 scenarios of the suite in
 * turn; results are per assessment. Run with the command in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode({ Mode.AverageTime, Mode.SampleTime })
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 2, jvmArgsAppend = "-XX:ActiveProcessorCount=1")
public class AssessmentBenchmark {

	/**
	 * Number of scenarios in the suite; kept equal to the suite size by the setup check.
	 */
	static final int SCENARIOS = 133;

	private final AssessmentEngine engine = new AssessmentEngine(ProviderProfiles.contosoCloud());

	private List<DemandFacts> suite;

	private int next;

	@Setup
	public void readSuite() throws IOException {
		List<DemandFacts> facts = new ArrayList<>();
		ScenarioReader reader = new ScenarioReader();
		try (Stream<Path> files = Files.walk(Path.of("src/test/resources/scenarios"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
				facts.add(reader.read(Files.readString(file)).facts());
			}
		}
		this.suite = facts;
	}

	@Benchmark
	@OperationsPerInvocation(SCENARIOS)
	public void assessTheSuite(Blackhole blackhole) {
		for (int i = 0; i < SCENARIOS; i++) {
			Assessment assessment = this.engine.assess(this.suite.get(this.next));
			this.next = (this.next + 1) % this.suite.size();
			blackhole.consume(assessment);
		}
	}

}
