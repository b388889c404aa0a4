package dev.writ.documents.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The digest as coreutils' {@code sha256sum} computes it: an answer independent of the
 * JVM code under test. Where the tool is missing, the calling test is skipped, except in
 * CI.
 */
final class Sha256sum {

	private Sha256sum() {
	}

	static String of(byte[] content) throws IOException {
		Path file = Files.write(Files.createTempFile("writ-sha256sum-", ".bin"), content);
		try {
			Process process = start(file);
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
			if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("sha256sum failed: " + output);
			}
			return output.substring(0, output.indexOf(' '));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			Files.delete(file);
		}
	}

	private static Process start(Path file) throws IOException {
		try {
			return new ProcessBuilder("sha256sum", file.toString()).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			if ("true".equals(System.getenv("CI"))) {
				throw ex;
			}
			Assumptions.abort("sha256sum is not installed: " + ex.getMessage());
			throw ex;
		}
	}

}
