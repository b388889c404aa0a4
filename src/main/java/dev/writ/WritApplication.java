package dev.writ;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/**
 * Writ: receives, decides and answers legal demands for customer data.
 * <p>
 * {@code java -jar writ.jar} serves the portal; {@code java -jar writ.jar <command>} runs
 * a command against the same database without a web server (see {@link WritLauncher}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Writ", sharedModules = "shared")
public class WritApplication {

	public static void main(String[] args) {
		int exitCode = new WritLauncher(System.getenv(), System.out, System.err).launch(args);
		if (exitCode != WritLauncher.KEEP_RUNNING) {
			System.exit(exitCode);
		}
	}

	/**
	 * The one clock of the application: tests replace it, nothing reads the wall clock
	 * directly.
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
