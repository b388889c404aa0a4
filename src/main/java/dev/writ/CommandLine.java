package dev.writ;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.writ.shared.cli.CliCommand;

/**
 * Matches the words on the command line to a command: the longest command name that the
 * arguments start with wins, so {@code report prove} is not mistaken for {@code report}.
 */
final class CommandLine {

	private CommandLine() {
	}

	static Optional<Selected> select(List<CliCommand> commands, String[] args) {
		return commands.stream()
			.filter(command -> startsWith(args, words(command)))
			.max(Comparator.comparingInt(command -> words(command).length))
			.map(command -> new Selected(command, List.of(args).subList(words(command).length, args.length)));
	}

	static String usage(List<CliCommand> commands) {
		return "commands:\n" + commands.stream()
			.sorted(Comparator.comparing(CliCommand::name))
			.map(command -> "  %-24s %s".formatted(command.name(), command.summary()))
			.collect(Collectors.joining("\n"));
	}

	private static String[] words(CliCommand command) {
		return command.name().split(" ");
	}

	private static boolean startsWith(String[] args, String[] words) {
		return args.length >= words.length && Arrays.equals(Arrays.copyOf(args, words.length), words);
	}

	record Selected(CliCommand command, List<String> arguments) {

	}

}
