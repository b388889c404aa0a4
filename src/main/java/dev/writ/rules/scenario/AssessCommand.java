package dev.writ.rules.scenario;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.writ.rules.Assessment;
import dev.writ.rules.AssessmentEngine;
import dev.writ.rules.ProviderProfile;

/**
 * {@code writ assess [--check] [--profile FILE] PATH...}: assesses scenario files and
 * directories (recursively, {@code *.json}) offline: no database, no network, no web
 * server. Prints one assessment per scenario as JSON Lines; with {@code --check},
 * compares each with its expected answer instead and ends with
 * {@code N passed, M failed}. Exit 0 when all is well, 1 on a mismatch, 2 on invalid
 * input (other files are still assessed).
 */
public final class AssessCommand {

	static final int OK = 0;

	static final int MISMATCH = 1;

	static final int INVALID_INPUT = 2;

	static final String USAGE = "usage: writ assess [--check] [--profile PROFILE.json] PATH...";

	private final PrintStream out;

	private final PrintStream err;

	public AssessCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public int run(List<String> args) {
		AssessOptions options;
		try {
			options = AssessOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			this.err.println(ex.getMessage());
			this.err.println(USAGE);
			return INVALID_INPUT;
		}
		ProviderProfile profile = profile(options);
		if (profile == null) {
			return INVALID_INPUT;
		}
		ScenarioFiles files = ScenarioFiles.under(options.paths());
		files.missing().forEach(path -> this.err.println(path + ": no such file or directory"));
		Tally tally = assessAll(files.found(), new AssessmentEngine(profile), options.check());
		if (options.check()) {
			this.out.println(tally.passed() + " passed, " + tally.failed() + " failed");
		}
		this.out.flush();
		return (tally.invalid() > 0 || !files.missing().isEmpty()) ? INVALID_INPUT
				: (tally.failed() > 0 ? MISMATCH : OK);
	}

	private Tally assessAll(List<Path> paths, AssessmentEngine engine, boolean check) {
		ScenarioReader reader = new ScenarioReader();
		AssessmentJson json = new AssessmentJson();
		ExpectationCheck expectations = new ExpectationCheck();
		Tally tally = new Tally();
		for (Path path : paths) {
			Scenario scenario = read(reader, path);
			if (scenario == null) {
				tally.invalid++;
				continue;
			}
			Assessment assessment = engine.assess(scenario.facts());
			if (check) {
				report(path, scenario, expectations.compare(assessment, scenario.expected()), tally);
			}
			else {
				this.out.println(json.write(assessment, scenario.facts()));
			}
		}
		return tally;
	}

	private Scenario read(ScenarioReader reader, Path path) {
		try {
			return reader.read(Files.readString(path, StandardCharsets.UTF_8));
		}
		catch (ScenarioInputException ex) {
			this.err.println(path + ": " + ex.getMessage());
		}
		catch (IOException ex) {
			this.err.println(path + ": cannot be read: " + ex.getMessage());
		}
		return null;
	}

	private void report(Path path, Scenario scenario, List<Mismatch> mismatches, Tally tally) {
		if (mismatches.isEmpty()) {
			tally.passed++;
			return;
		}
		tally.failed++;
		this.out.println("FAIL " + path + " (" + scenario.facts().id() + ")");
		mismatches.forEach(mismatch -> this.out.println("  " + mismatch));
	}

	private ProviderProfile profile(AssessOptions options) {
		if (options.profile() == null) {
			return ProviderProfiles.contosoCloud();
		}
		try {
			return ProviderProfiles.read(options.profile());
		}
		catch (IOException | RuntimeException ex) {
			this.err.println(options.profile() + ": not a usable provider profile: " + ex.getMessage());
			return null;
		}
	}

	/** Counts per run. */
	private static final class Tally {

		int passed;

		int failed;

		int invalid;

		int passed() {
			return this.passed;
		}

		int failed() {
			return this.failed;
		}

		int invalid() {
			return this.invalid;
		}

	}

	/** The paths found and the paths that do not exist. */
	record ScenarioFiles(List<Path> found, List<Path> missing) {

		static ScenarioFiles under(List<Path> paths) {
			List<Path> found = new ArrayList<>();
			List<Path> missing = new ArrayList<>();
			for (Path path : paths) {
				if (Files.isDirectory(path)) {
					found.addAll(jsonFilesIn(path));
				}
				else if (Files.isRegularFile(path)) {
					found.add(path);
				}
				else {
					missing.add(path);
				}
			}
			return new ScenarioFiles(found, missing);
		}

		private static List<Path> jsonFilesIn(Path directory) {
			try (var walk = Files.walk(directory)) {
				return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).sorted().toList();
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

	}

}
