package dev.writ;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.writ.rules.scenario.AssessCommand;
import dev.writ.reporting.ProofFiles;
import dev.writ.shared.cli.CliCommand;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Decides what a start of the jar means: the web application, or one command. Commands
 * run in a Spring context without a web server, after pending migrations, and end the
 * process with their exit code.
 */
final class WritLauncher {

	static final int KEEP_RUNNING = -1;

	private final Map<String, String> environment;

	private final PrintStream out;

	private final PrintStream err;

	WritLauncher(Map<String, String> environment, PrintStream out, PrintStream err) {
		this.environment = environment;
		this.out = out;
		this.err = err;
	}

	int launch(String[] args) {
		if (args.length > 0 && List.of("help", "--help", "-h").contains(args[0])) {
			this.out.println(Usage.TEXT);
			return 0;
		}
		if (args.length > 0 && "assess".equals(args[0])) {
			// Offline by design: no Spring context, no database, no network.
			return new AssessCommand(this.out, this.err).run(List.of(args).subList(1, args.length));
		}
		if (args.length > 1 && "report".equals(args[0]) && "verify-proof".equals(args[1])) {
			// Offline by design: anyone checks a proof against a published root, no
			// database.
			return ProofFiles.verify(List.of(args).subList(2, args.length), this.out, this.err);
		}
		DatabaseSettings database;
		try {
			database = DatabaseSettings.from(this.environment);
		}
		catch (IllegalStateException ex) {
			this.err.println(ex.getMessage());
			return 1;
		}
		if (args.length > 0 && !args[0].startsWith("-")) {
			return runCommand(args, database);
		}
		String missing = RequiredSettings.missingForPortal(this.environment);
		if (missing != null) {
			this.err.println(missing);
			return 1;
		}
		new SpringApplicationBuilder(WritApplication.class).initializers(database.initializer()).run(args);
		return KEEP_RUNNING;
	}

	private int runCommand(String[] args, DatabaseSettings database) {
		try (ConfigurableApplicationContext context = commandContext(database)) {
			List<CliCommand> commands = List.copyOf(context.getBeansOfType(CliCommand.class).values());
			return CommandLine.select(commands, args)
				.map(selected -> selected.command().run(selected.arguments(), this.out, this.err))
				.orElseGet(() -> unknown(commands, args));
		}
	}

	private ConfigurableApplicationContext commandContext(DatabaseSettings database) {
		return new SpringApplicationBuilder(WritApplication.class).web(WebApplicationType.NONE)
			.initializers(database.initializer())
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("writ.command-line=true", "logging.level.root=WARN", "logging.level.dev.writ=WARN")
			.run();
	}

	private int unknown(List<CliCommand> commands, String[] args) {
		this.err.println("unknown command '" + String.join(" ", Arrays.asList(args)) + "'");
		this.err.println(CommandLine.usage(commands));
		return 2;
	}

}
