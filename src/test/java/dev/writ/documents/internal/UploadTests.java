package dev.writ.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import dev.writ.documents.DocumentRejected;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadTests {

	@Test
	void an_endless_stream_is_refused_after_one_byte_more_than_the_limit() {
		// given
		EndlessStream endless = new EndlessStream();
		// when / then
		assertThatThrownBy(() -> Upload.read(endless, DataSize.ofKilobytes(64))).isInstanceOf(DocumentRejected.class)
			.hasMessage("document: the file is larger than the limit of 64 KB; scan it at a lower resolution or "
					+ "split it into several PDFs")
			.extracting(ex -> ((DocumentRejected) ex).reason())
			.isEqualTo(DocumentRejected.Reason.TOO_LARGE);
		assertThat(endless.read).isEqualTo(64 * 1024 + 1);
	}

	@Test
	void a_file_of_exactly_the_limit_is_read_whole() {
		// given
		byte[] content = new byte[1000];
		// when
		Upload upload = Upload.read(new ByteArrayInputStream(content), DataSize.ofBytes(1000));
		// then
		assertThat(upload.bytes()).hasSize(1000);
	}

	@Test
	void the_limit_is_named_in_megabytes_when_it_is_whole_megabytes() {
		// when / then
		assertThatThrownBy(() -> Upload.read(new EndlessStream(), DataSize.ofMegabytes(1)))
			.hasMessageContaining("the limit of 1 MB");
	}

	@Test
	void an_empty_stream_is_refused_as_empty() {
		// when / then
		assertThatThrownBy(() -> Upload.read(InputStream.nullInputStream(), DataSize.ofMegabytes(20)))
			.isInstanceOf(DocumentRejected.class)
			.extracting(ex -> ((DocumentRejected) ex).reason())
			.isEqualTo(DocumentRejected.Reason.EMPTY);
	}

	@Test
	void the_digest_is_sha256_in_lower_case_hex() {
		// when
		Upload upload = Upload.read(new ByteArrayInputStream("abc".getBytes()), DataSize.ofBytes(10));
		// then
		assertThat(upload.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	/** Never ends; counts what was taken from it. */
	static final class EndlessStream extends InputStream {

		long read;

		@Override
		public int read() {
			this.read++;
			return 'x';
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'x');
			this.read += length;
			return length;
		}

	}

}
