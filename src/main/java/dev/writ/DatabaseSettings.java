package dev.writ;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Where the database is. Writ runs on PostgreSQL only and never falls back to anything
 * else: without a database URL it refuses to start and says, in one line, what to set.
 *
 * @param url the PostgreSQL JDBC URL ({@code WRIT_DB_URL})
 */
record DatabaseSettings(String url, String user, String password) {

	static final String MISSING = "Writ needs a PostgreSQL database: set WRIT_DB_URL "
			+ "(e.g. jdbc:postgresql://db.example:5432/writ), WRIT_DB_USER and WRIT_DB_PASSWORD, "
			+ "or run the demo with ./mvnw spring-boot:test-run";

	/**
	 * Reads the settings, system properties first (the demo launcher sets them), then the
	 * environment.
	 * @throws IllegalStateException with the one-line explanation when they cannot be
	 * used
	 */
	static DatabaseSettings from(Map<String, String> environment) {
		String url = setting(environment, "WRIT_DB_URL");
		if (url.isBlank()) {
			throw new IllegalStateException(MISSING);
		}
		if (!url.startsWith("jdbc:postgresql:")) {
			throw new IllegalStateException(
					"WRIT_DB_URL must be a PostgreSQL JDBC URL starting with jdbc:postgresql:, got " + url);
		}
		return new DatabaseSettings(url, setting(environment, "WRIT_DB_USER"),
				setting(environment, "WRIT_DB_PASSWORD"));
	}

	private static String setting(Map<String, String> environment, String name) {
		return RequiredSettings.setting(environment, name);
	}

	/** Hands the settings to Spring ahead of every other property source. */
	ApplicationContextInitializer<ConfigurableApplicationContext> initializer() {
		Map<String, Object> properties = Map.of("spring.datasource.url", this.url, "spring.datasource.username",
				this.user, "spring.datasource.password", this.password);
		return context -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("writ-database", properties));
	}

	@Override
	public String toString() {
		return "DatabaseSettings[" + this.url + ", user " + this.user + "]";
	}

}
