package dev.writ.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.writ.reporting.HistoricalRegisters;
import dev.writ.reporting.HistoricalRegisters.RegisterRefused;
import dev.writ.shared.cli.CliCommand;
import dev.writ.shared.validation.InvalidInput;

import org.springframework.stereotype.Component;

/**
 * {@code writ register import FILE}: imports a historical register, all of it or, when a
 * row is bad, none of it (exit 1, every bad row named with its line); a file that is not
 * a register exits 2.
 */
@Component
class RegisterImportCommand implements CliCommand {

	private final HistoricalRegisters registers;

	RegisterImportCommand(HistoricalRegisters registers) {
		this.registers = registers;
	}

	@Override
	public String name() {
		return "register import";
	}

	@Override
	public String summary() {
		return "import a historical register CSV of demands for the transparency report";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.size() != 1) {
			err.println("usage: register import FILE.csv (columns: " + String.join(",", RegisterCsv.COLUMNS) + ")");
			return 2;
		}
		Path file = Path.of(args.get(0));
		try (InputStream csv = Files.newInputStream(file)) {
			long imported = this.registers.importCsv(csv, file.getFileName().toString(), "system");
			out.println("imported " + imported + " demand(s) from " + file);
			return 0;
		}
		catch (RegisterRefused refused) {
			err.println(file + ": " + refused.getMessage());
			refused.badRows().forEach(bad -> err.println("  " + bad));
			if (refused.badCount() > refused.badRows().size()) {
				err.println("  ... and " + (refused.badCount() - refused.badRows().size()) + " more");
			}
			return 1;
		}
		catch (InvalidInput ex) {
			err.println(file + " " + ex.problem() + "; nothing was imported");
			return 2;
		}
		catch (IOException | UncheckedIOException ex) {
			err.println("cannot read " + file + ": " + ex.getMessage());
			return 2;
		}
	}

}
