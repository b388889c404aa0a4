package dev.writ.reporting.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.writ.reporting.ProofFiles;
import dev.writ.reporting.RegisterEntry;
import dev.writ.reporting.ReportCommitment;
import dev.writ.reporting.ReportPeriod;
import dev.writ.reporting.TransparencyReports;
import dev.writ.shared.cli.CliCommand;
import dev.writ.shared.validation.InvalidInput;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code report commitment PERIOD} prints the root over the demands the period's report
 * counts; {@code report prove PERIOD REFERENCE [--out FILE]} writes a demand's inclusion
 * proof.
 */
@Configuration(proxyBeanMethods = false)
class CommitmentCommands {

	@Bean
	CliCommand reportCommitment(TransparencyReports reports) {
		return new Command("report commitment", "the Merkle root over the demands a period's report counts",
				(args, out, err) -> {
					InvalidInput.require(args.size() == 1, "arguments", "usage: report commitment PERIOD");
					ReportPeriod period = ReportPeriod.parse(args.get(0));
					ReportCommitment tree = tree(reports, period);
					out.println(tree.root());
					err.println(period + ": " + tree.size() + " demand(s) counted");
					return 0;
				});
	}

	@Bean
	CliCommand reportProve(TransparencyReports reports) {
		return new Command("report prove", "the proof that a demand is counted in a period's report",
				(args, out, err) -> prove(reports, args, out, err));
	}

	private static int prove(TransparencyReports reports, List<String> args, PrintStream out, PrintStream err)
			throws IOException {
		InvalidInput.require(args.size() == 2 || (args.size() == 4 && "--out".equals(args.get(2))), "arguments",
				"usage: report prove PERIOD REFERENCE [--out FILE]");
		ReportPeriod period = ReportPeriod.parse(args.get(0));
		var proof = tree(reports, period).prove(period.toString(), args.get(1));
		if (proof.isEmpty()) {
			err.println(args.get(1) + " is not counted in the report of " + period);
			return 1;
		}
		String json = ProofFiles.json(proof.get());
		if (args.size() == 4) {
			Files.writeString(Path.of(args.get(3)), json, StandardCharsets.UTF_8);
			out.println("proof written to " + args.get(3));
		}
		else {
			out.println(json);
		}
		return 0;
	}

	static ReportCommitment tree(TransparencyReports reports, ReportPeriod period) {
		List<RegisterEntry> entries = new ArrayList<>();
		reports.entries(period, entries::add);
		return ReportCommitment.of(entries);
	}

	/** A command's work. */
	interface Work {

		int run(List<String> args, PrintStream out, PrintStream err) throws IOException;

	}

	/** A command made of its name, summary and work; bad arguments exit 2. */
	record Command(String name, String summary, Work work) implements CliCommand {

		@Override
		public int run(List<String> args, PrintStream out, PrintStream err) {
			try {
				return this.work.run(args, out, err);
			}
			catch (InvalidInput ex) {
				err.println(ex.problem());
				return 2;
			}
			catch (IOException ex) {
				err.println("cannot write: " + ex.getMessage());
				return 2;
			}
		}

	}

}
