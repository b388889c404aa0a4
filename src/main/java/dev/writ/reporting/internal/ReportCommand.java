package dev.writ.reporting.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import dev.writ.reporting.ReportPeriod;
import dev.writ.reporting.TransparencyReports;
import dev.writ.shared.cli.CliCommand;
import dev.writ.shared.validation.InvalidInput;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * {@code writ report PERIOD --format csv|json|xlsx|pdf|long-csv [--out FILE]}: the
 * period's transparency report from the register, to a file or (text layouts) to standard
 * output.
 */
@Component
class ReportCommand implements CliCommand {

	static final String USAGE = "usage: report PERIOD --format " + ExportFormat.codes().replace(", ", "|")
			+ " [--out FILE] (PERIOD like 2022-H2; xlsx and pdf need --out)";

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
		return "the transparency report of a half year (2022-H2) as " + ExportFormat.codes();
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		try {
			Options options = Options.of(args);
			if (options.out() == null) {
				options.format().write(this.reports, options.period(), out);
			}
			else {
				writeFile(options, options.out());
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

	/** Writes beside the file first, so a failed run leaves no half-written report. */
	private void writeFile(Options options, Path file) throws IOException {
		Path directory = file.toAbsolutePath().getParent();
		Path partial = Files.createTempFile(directory, ".report-", ".part");
		try {
			try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial))) {
				options.format().write(this.reports, options.period(), stream);
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/** The command's arguments. */
	record Options(ReportPeriod period, ExportFormat format, @Nullable Path out) {

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
			String given = (format != null) ? "'" + format + "' is not a format: " : "missing: ";
			ExportFormat chosen = ExportFormat.of((format != null) ? format : "")
				.orElseThrow(() -> new InvalidInput("--format", given + "give one of " + ExportFormat.codes()));
			InvalidInput.require(!chosen.binary() || out != null, "--out",
					chosen.code() + " is written to a file only: give --out FILE");
			return new Options(period, chosen, out);
		}

	}

}
