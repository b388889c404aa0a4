package dev.writ.demo;

import java.nio.file.Path;

import dev.writ.WritApplication;

/**
 * Starts Writ the way the README's run command does: on an embedded PostgreSQL whose data
 * stay in {@code ./data/pg}, with documents encrypted under a key made on the first start
 * ({@code ./data/document.key}, documents in {@code ./data/documents}) and the demo
 * profile (demo agencies, users and demands; logins printed). Command-line arguments are
 * passed on, so {@code audit verify} works against the demo database too.
 */
public final class WritDemo {

	private WritDemo() {
	}

	public static void main(String[] args) {
		DemoDatabase database = DemoDatabase.startOrAttach(Path.of("data", "pg"), DemoDatabase.DEFAULT_PORT);
		System.setProperty("WRIT_DB_URL", database.jdbcUrl());
		System.setProperty("WRIT_DB_USER", DemoDatabase.USER);
		System.setProperty("WRIT_DB_PASSWORD", "");
		if (System.getenv("WRIT_DOCUMENT_KEY") == null) {
			System.setProperty("WRIT_DOCUMENT_KEY", DemoDocumentKey.loadOrCreate(Path.of("data", "document.key")));
		}
		System.setProperty("WRIT_PROVIDER_PROFILE", System.getenv().getOrDefault("WRIT_PROVIDER_PROFILE", "demo"));
		System.setProperty("WRIT_DIRECTORY_CONNECTOR",
				System.getenv().getOrDefault("WRIT_DIRECTORY_CONNECTOR", "demo"));
		System.setProperty("spring.profiles.active", "demo");
		WritApplication.main(args);
	}

}
