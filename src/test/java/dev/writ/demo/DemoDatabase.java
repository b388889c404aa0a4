package dev.writ.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.writ.testing.PostgresShutdown;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo's embedded PostgreSQL. It listens on loopback only, on a fixed port, so a
 * second start of the demo (say, {@code audit verify} while the portal runs) attaches to
 * the running server instead of fighting over the data directory, and
 * {@code psql -h localhost -p 15432 -U postgres} reaches it.
 */
final class DemoDatabase {

	static final int DEFAULT_PORT = 15432;

	static final String USER = "postgres";

	private static PostgresShutdown shutdown;

	private final int port;

	private DemoDatabase(int port) {
		this.port = port;
	}

	static DemoDatabase startOrAttach(Path dataDirectory, int port) {
		if (!listening(port)) {
			start(dataDirectory, port);
		}
		return new DemoDatabase(port);
	}

	/** Keeps the server this JVM started up until the application has closed. */
	static synchronized void using(ConfigurableApplicationContext context) {
		if (shutdown != null) {
			shutdown.waitFor(context);
		}
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.port + "/postgres";
	}

	private static synchronized void start(Path dataDirectory, int port) {
		try {
			Files.createDirectories(dataDirectory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPort(port)
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setRegisterShutdownHook(false)
				.start();
			shutdown = PostgresShutdown.of(postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start the demo PostgreSQL in " + dataDirectory, ex);
		}
	}

	private static boolean listening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
