package dev.writ.agency.internal.domains;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.writ.agency.DomainImportReport;
import dev.writ.agency.OfficialDomains;
import dev.writ.shared.cli.CliCommand;
import dev.writ.shared.validation.InvalidInput;

import org.springframework.stereotype.Component;

/**
 * {@code writ agencies import-dotgov FILE}: imports the .gov registry as candidate
 * official domains and prints the report. Bad rows are reported and skipped (exit 0); a
 * file that cannot be read or has no registry header imports nothing (exit 2).
 */
@Component
class ImportDotgovCommand implements CliCommand {

	static final String ACTOR = "system";

	private final OfficialDomains domains;

	ImportDotgovCommand(OfficialDomains domains) {
		this.domains = domains;
	}

	@Override
	public String name() {
		return "agencies import-dotgov";
	}

	@Override
	public String summary() {
		return "import the .gov registry CSV (cisagov/dotgov-data) as candidate official domains";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.size() != 1) {
			err.println("usage: agencies import-dotgov FILE (the registry's CSV, e.g. current-full.csv)");
			return 2;
		}
		Path file = Path.of(args.get(0));
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			err.println("cannot read " + file + ": no such readable file");
			return 2;
		}
		return importFrom(file, out, err);
	}

	private int importFrom(Path file, PrintStream out, PrintStream err) {
		try (InputStream csv = Files.newInputStream(file)) {
			DomainImportReport report = this.domains.importDotgov(csv, file.getFileName().toString(), ACTOR);
			out.println(report.summary());
			report.badRows().forEach(bad -> out.println("  " + bad));
			return 0;
		}
		catch (InvalidInput ex) {
			err.println(file + " " + ex.problem());
			return 2;
		}
		catch (IOException | UncheckedIOException ex) {
			err.println("cannot read " + file + ": " + ex.getMessage());
			return 2;
		}
	}

}
