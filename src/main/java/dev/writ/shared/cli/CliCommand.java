package dev.writ.shared.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A subcommand of the Writ jar ({@code java -jar writ.jar <name> ...}) that runs against
 * the configured database without a web server. Modules contribute commands as beans.
 */
public interface CliCommand {

	/** The words that select this command, e.g. {@code audit verify}. */
	String name();

	/** One line for the usage text. */
	String summary();

	/**
	 * Runs the command.
	 * @param args the arguments after the command's name
	 * @return the process exit code
	 */
	int run(List<String> args, PrintStream out, PrintStream err);

}
