package dev.writ.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDocumentKeyTests {

	@TempDir
	Path data;

	@Test
	void the_first_start_makes_a_key_of_32_random_bytes_readable_by_its_owner_only() throws IOException {
		// given
		Path file = this.data.resolve("document.key");
		// when
		String key = DemoDocumentKey.loadOrCreate(file);
		// then
		assertThat(Base64.getDecoder().decode(key)).hasSize(32);
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
		assertThat(this.data).isDirectoryNotContaining("glob:**.tmp");
	}

	@Test
	void later_starts_reuse_the_key() {
		// given
		Path file = this.data.resolve("document.key");
		String first = DemoDocumentKey.loadOrCreate(file);
		// when
		String second = DemoDocumentKey.loadOrCreate(file);
		// then
		assertThat(second).isEqualTo(first);
	}

	@Test
	void another_data_directory_gets_another_key() {
		// when / then
		assertThat(DemoDocumentKey.loadOrCreate(this.data.resolve("a/document.key")))
			.isNotEqualTo(DemoDocumentKey.loadOrCreate(this.data.resolve("b/document.key")));
	}

}
