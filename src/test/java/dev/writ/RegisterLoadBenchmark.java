package dev.writ;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.writ.reporting.HistoricalRegisters;
import dev.writ.reporting.ReportPeriod;
import dev.writ.reporting.TransparencyReport;
import dev.writ.reporting.TransparencyReports;
import dev.writ.testing.TestDatabase;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Load benchmark of the transparency register (docs/performance.md): writes a synthetic
 * register of N demands (default 1,000,000) spread over 2022, imports it through the same
 * service as {@code register import}, computes 2022-H2's full report, and runs one
 * hand-written SQL aggregate over the same rows for comparison. Run it with a small heap
 * to show the import streams:
 * {@code ./mvnw -q test-compile exec:exec@register-benchmark}.
 */
public final class RegisterLoadBenchmark {

	static final List<String> COUNTRIES = List.of("US", "US", "US", "US", "US", "US", "DE", "DE", "GB", "GB", "FR",
			"BR", "IN", "AU", "CA", "JP", "IT", "ES", "NL", "PL", "MX", "AR", "KR", "SE", "CH", "BE", "AT", "IE", "NZ",
			"SG");

	private RegisterLoadBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
		Path file = Files.createTempFile("writ-register-", ".csv");
		write(file, rows);
		System.out.printf("register of %,d rows: %,d MB%n", rows, Files.size(file) / 1_000_000);
		TestDatabase database = TestDatabase.get();
		Map<String, String> env = Map.of("WRIT_DB_URL", database.url(), "WRIT_DB_USER", database.user(),
				"WRIT_DB_PASSWORD", database.password());
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WritApplication.class)
			.web(WebApplicationType.NONE)
			.initializers(DatabaseSettings.from(env).initializer())
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("writ.command-line=true", "logging.level.root=WARN")
			.run()) {
			measure(context, file, rows);
		}
		finally {
			Files.deleteIfExists(file);
		}
		System.exit(0);
	}

	private static void measure(ConfigurableApplicationContext context, Path file, int rows) throws IOException {
		long start = System.nanoTime();
		try (InputStream csv = Files.newInputStream(file)) {
			context.getBean(HistoricalRegisters.class).importCsv(csv, "benchmark.csv", "benchmark");
		}
		double importSeconds = seconds(start);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		jdbc.execute("analyze register_entry");
		TransparencyReports reports = context.getBean(TransparencyReports.class);
		ReportPeriod period = ReportPeriod.parse("2022-H2");
		reports.draft(period);
		aggregate(jdbc);
		double reportSeconds = Double.MAX_VALUE;
		double aggregateSeconds = Double.MAX_VALUE;
		TransparencyReport report = null;
		for (int run = 0; run < 5; run++) {
			start = System.nanoTime();
			report = reports.draft(period);
			reportSeconds = Math.min(reportSeconds, seconds(start));
			start = System.nanoTime();
			aggregate(jdbc);
			aggregateSeconds = Math.min(aggregateSeconds, seconds(start));
		}
		print(report, rows, importSeconds, reportSeconds, aggregateSeconds);
	}

	private static void print(TransparencyReport report, int rows, double importSeconds, double reportSeconds,
			double aggregateSeconds) {
		long counted = report.sections().values().stream().flatMap(List::stream).mapToLong(r -> r.requests()).sum();
		System.out.printf("import: %.1f s, %,.0f rows/s%n", importSeconds, rows / importSeconds);
		System.out.printf("report 2022-H2 (%,d demands counted): best of 5 %.2f s%n", counted, reportSeconds);
		System.out.printf("raw SQL aggregate: best of 5 %.2f s; ratio %.2f%n", aggregateSeconds,
				reportSeconds / aggregateSeconds);
		System.out.printf("heap used now: %,d MB (max %,d MB)%n",
				(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1_000_000,
				Runtime.getRuntime().maxMemory() / 1_000_000);
	}

	/** The per-country figures of one period as one hand-written SQL statement. */
	private static void aggregate(JdbcTemplate jdbc) {
		jdbc.queryForList(
				"""
						select section, country, count(*), sum(accounts_specified),
						       count(*) filter (where outcome = 'CONTENT'), count(*) filter (where outcome = 'NON_CONTENT_ONLY'),
						       count(*) filter (where outcome = 'NO_DATA_FOUND'),
						       count(*) filter (where outcome not in ('CONTENT', 'NON_CONTENT_ONLY', 'NO_DATA_FOUND', 'PENDING'))
						from register_entry where received_date between '2022-07-01' and '2022-12-31'
						group by section, country order by section, country""");
	}

	private static void write(Path file, int rows) throws IOException {
		Random random = new Random(42);
		LocalDate first = LocalDate.of(2022, 1, 1);
		String[] outcomes = { "non_content_only", "non_content_only", "non_content_only", "content", "content",
				"no_data_found", "rejected", "rejected", "withdrawn", "redirected_to_customer", "challenged",
				"routed_to_mlat", "pending" };
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("reference,received_date,country,section,process_type,issuer_level,accounts_specified,outcome,"
					+ "enterprise,secrecy_order,data_location\n");
			for (int i = 0; i < rows; i++) {
				String country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
				int kind = random.nextInt(20);
				String section = (kind < 17) ? "criminal" : (kind < 19) ? "emergency" : "civil";
				String type = switch (section) {
					case "emergency" -> "emergency_request";
					case "civil" -> "civil_subpoena";
					default -> (random.nextInt(3) == 0) ? "search_warrant" : "subpoena";
				};
				String issuer = "US".equals(country) ? ((random.nextBoolean()) ? "federal" : "state") : "foreign";
				String location = (random.nextInt(20) == 0) ? "IE" : "US";
				out.write("SYN-%08d,%s,%s,%s,%s,%s,%d,%s,%b,%b,%s\n".formatted(i, first.plusDays(random.nextInt(365)),
						country, section, type, issuer, 1 + random.nextInt(4),
						outcomes[random.nextInt(outcomes.length)], random.nextInt(30) == 0,
						"US".equals(country) && random.nextInt(4) == 0, location));
			}
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

}
