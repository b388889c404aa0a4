package dev.writ.rules.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The arguments of {@code writ assess}.
 */
record AssessOptions(boolean check, @Nullable Path profile, List<Path> paths) {

	static AssessOptions parse(List<String> args) {
		boolean check = false;
		Path profile = null;
		List<Path> paths = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if ("--check".equals(arg)) {
				check = true;
			}
			else if ("--profile".equals(arg) && i + 1 < args.size()) {
				profile = Path.of(args.get(++i));
			}
			else if (arg.startsWith("-")) {
				throw new IllegalArgumentException("unknown option " + arg);
			}
			else {
				paths.add(Path.of(arg));
			}
		}
		if (paths.isEmpty()) {
			throw new IllegalArgumentException("no scenario files or directories given");
		}
		return new AssessOptions(check, profile, paths);
	}

}
