package dev.writ.reporting.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.writ.reporting.ReportPeriod;
import dev.writ.reporting.TransparencyReport;
import dev.writ.reporting.TransparencyReports;
import dev.writ.shared.cli.CliCommand;
import dev.writ.shared.validation.InvalidInput;

import org.springframework.stereotype.Component;

/**
 * {@code writ report PERIOD --format csv|json [--out FILE]}: the period's transparency
 * report from the register, to a file or to standard output.
 */
@Component
class ReportCommand implements CliCommand {

	static final String USAGE = "usage: report PERIOD --format csv|json [--out FILE] (PERIOD like 2022-H2)";

	private final TransparencyReports reports;

	ReportCommand(TransparencyReports reports) {
		this.reports = reports;
	}

	@Override
	public String name() {
		return "report";
	}

	@Override
	public String summary() {
		return "the transparency report of a half year (2022-H2) as csv or json";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		try {
			Options options = Options.of(args);
			TransparencyReport report = this.reports.draft(options.period());
			if (options.out() == null) {
				write(report, options.format(), new java.io.PrintWriter(out, true, StandardCharsets.UTF_8));
			}
			else {
				try (Writer file = Files.newBufferedWriter(options.out(), StandardCharsets.UTF_8)) {
					write(report, options.format(), file);
				}
				out.println("report " + options.period() + " written to " + options.out());
			}
			return 0;
		}
		catch (InvalidInput ex) {
			err.println(ex.field() + ": " + ex.problem());
			err.println(USAGE);
			return 2;
		}
		catch (IOException | UncheckedIOException ex) {
			err.println("cannot write the report: " + ex.getMessage());
			return 2;
		}
	}

	private static void write(TransparencyReport report, String format, Writer out) throws IOException {
		if ("csv".equals(format)) {
			ReportFormats.csv(report, out);
		}
		else {
			out.write(ReportFormats.json(report));
			out.write("\n");
		}
		out.flush();
	}

	/** The command's arguments. */
	record Options(ReportPeriod period, String format, Path out) {

		static Options of(List<String> args) {
			InvalidInput.require(!args.isEmpty(), "period", "missing");
			ReportPeriod period = ReportPeriod.parse(args.get(0));
			String format = null;
			Path out = null;
			for (int i = 1; i < args.size(); i += 2) {
				InvalidInput.require(i + 1 < args.size(), args.get(i), "needs a value");
				switch (args.get(i)) {
					case "--format" -> format = args.get(i + 1);
					case "--out" -> out = Path.of(args.get(i + 1));
					default -> throw new InvalidInput(args.get(i), "unknown option");
				}
			}
			InvalidInput.require("csv".equals(format) || "json".equals(format), "--format",
					"give csv or json (xlsx and pdf are not available yet)");
			return new Options(period, format, out);
		}

	}

}
