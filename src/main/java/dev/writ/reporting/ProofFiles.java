package dev.writ.reporting;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.writ.reporting.ReportCommitment.Proof;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inclusion proofs as JSON files, and {@code report verify-proof PROOF.json ROOT}, which
 * checks one against a published root with no database and no network: anyone can run it.
 */
public final class ProofFiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProofFiles() {
	}

	public static String json(Proof proof) {
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(proof);
	}

	/**
	 * Runs {@code report verify-proof}.
	 * @return 0 when the proof holds, 1 when it does not, 2 on bad arguments
	 */
	public static int verify(List<String> args, PrintStream out, PrintStream err) {
		if (args.size() != 2) {
			err.println("usage: report verify-proof PROOF.json ROOT (the root published with the report)");
			return 2;
		}
		Proof proof;
		try {
			proof = JSON.readValue(Files.readString(Path.of(args.get(0))), Proof.class);
		}
		catch (IOException | JacksonException ex) {
			err.println("cannot read the proof " + args.get(0) + ": " + ex.getMessage());
			return 2;
		}
		String root = args.get(1).trim();
		if (ReportCommitment.verify(proof, root)) {
			out.println("proof valid: " + proof.reference() + " is counted in " + proof.period() + " as " + proof.row()
					+ " under root " + root);
			return 0;
		}
		out.println("proof INVALID: " + proof.reference() + " is not shown to be counted under root " + root);
		return 1;
	}

}
