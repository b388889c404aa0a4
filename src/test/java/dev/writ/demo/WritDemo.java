package dev.writ.demo;

import java.nio.file.Path;

import dev.writ.WritApplication;

/**
 * Starts Writ the way the README's run command does: on an embedded PostgreSQL whose data
 * stay in {@code ./data/pg}, with the demo profile (demo agencies, users and demands;
 * logins printed). Command-line arguments are passed on, so {@code audit verify} works
 * against the demo database too.
 */
public final class WritDemo {

	private WritDemo() {
	}

	public static void main(String[] args) {
		DemoDatabase database = DemoDatabase.startOrAttach(Path.of("data", "pg"), DemoDatabase.DEFAULT_PORT);
		System.setProperty("WRIT_DB_URL", database.jdbcUrl());
		System.setProperty("WRIT_DB_USER", DemoDatabase.USER);
		System.setProperty("WRIT_DB_PASSWORD", "");
		System.setProperty("spring.profiles.active", "demo");
		WritApplication.main(args);
	}

}
