package dev.writ.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server the tests run on: an embedded one started once per test JVM, or
 * the external server named by {@code WRIT_TEST_DB_URL} (with {@code WRIT_TEST_DB_USER}
 * and {@code WRIT_TEST_DB_PASSWORD}), so the same suite proves both.
 */
public final class TestDatabase {

	private static TestDatabase instance;

	private static PostgresShutdown shutdown;

	private final String url;

	private final String user;

	private final String password;

	private TestDatabase(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	public static synchronized TestDatabase get() {
		if (instance == null) {
			instance = isExternal() ? external() : embedded();
		}
		return instance;
	}

	public static boolean isExternal() {
		String url = System.getenv("WRIT_TEST_DB_URL");
		return url != null && !url.isBlank();
	}

	private static TestDatabase external() {
		return new TestDatabase(System.getenv("WRIT_TEST_DB_URL"), env("WRIT_TEST_DB_USER"),
				env("WRIT_TEST_DB_PASSWORD"));
	}

	private static String env(String name) {
		String value = System.getenv(name);
		return (value != null) ? value : "";
	}

	private static TestDatabase embedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
			shutdown = PostgresShutdown.of(postgres);
			return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start embedded PostgreSQL for the tests", ex);
		}
	}

	/** Keeps the embedded server up until this context has closed. */
	static synchronized void using(org.springframework.context.ConfigurableApplicationContext context) {
		if (shutdown != null) {
			shutdown.waitFor(context);
		}
	}

	public String url() {
		return this.url;
	}

	public String user() {
		return this.user;
	}

	public String password() {
		return this.password;
	}

	/**
	 * Creates an empty database on the same server, for tests that must own their data
	 * (tampering with the audit chain, say) without disturbing the shared one.
	 * @return the JDBC URL of the new database
	 */
	public String createDatabase(String purpose) {
		String name = (purpose + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
		try (Connection connection = DriverManager.getConnection(this.url, this.user, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not create test database " + name, ex);
		}
		return withDatabase(name);
	}

	private String withDatabase(String name) {
		int query = this.url.indexOf('?');
		String base = (query < 0) ? this.url : this.url.substring(0, query);
		String parameters = (query < 0) ? "" : this.url.substring(query);
		return base.substring(0, base.lastIndexOf('/') + 1) + name + parameters;
	}

}
