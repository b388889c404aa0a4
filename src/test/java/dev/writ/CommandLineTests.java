package dev.writ;

import java.io.PrintStream;
import java.util.List;

import dev.writ.shared.cli.CliCommand;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTests {

	static final CliCommand REPORT = command("report");

	static final CliCommand REPORT_PROVE = command("report prove");

	static final CliCommand AUDIT_VERIFY = command("audit verify");

	static final List<CliCommand> ALL = List.of(REPORT, REPORT_PROVE, AUDIT_VERIFY);

	@Test
	void the_longest_matching_command_wins_and_gets_the_remaining_words() {
		var selected = CommandLine.select(ALL, new String[] { "report", "prove", "2026-H1", "WR-1" }).orElseThrow();
		assertThat(selected.command()).isSameAs(REPORT_PROVE);
		assertThat(selected.arguments()).containsExactly("2026-H1", "WR-1");
	}

	@Test
	void a_shorter_command_still_matches_its_own_words() {
		var selected = CommandLine.select(ALL, new String[] { "report", "2026-H1" }).orElseThrow();
		assertThat(selected.command()).isSameAs(REPORT);
	}

	@Test
	void words_that_name_no_command_select_nothing() {
		assertThat(CommandLine.select(ALL, new String[] { "audit" })).isEmpty();
		assertThat(CommandLine.select(ALL, new String[] { "audit", "rewrite" })).isEmpty();
	}

	@Test
	void the_usage_lists_every_command_with_its_summary() {
		assertThat(CommandLine.usage(ALL)).contains("audit verify", "report prove", "does report prove");
	}

	private static CliCommand command(String name) {
		return new CliCommand() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public String summary() {
				return "does " + name;
			}

			@Override
			public int run(List<String> args, PrintStream out, PrintStream err) {
				return 0;
			}
		};
	}

}
