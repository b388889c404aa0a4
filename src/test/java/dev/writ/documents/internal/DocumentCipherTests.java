package dev.writ.documents.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.writ.documents.DocumentCorrupted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentCipherTests {

	static final DocumentKey KEY = DocumentKey.parse(Base64.getEncoder().encodeToString(new byte[32]));

	final DocumentCipher cipher = new DocumentCipher(KEY);

	final String storageKey = StorageKeys.next();

	final byte[] plaintext = "%PDF-1.7 the legal document".getBytes(StandardCharsets.US_ASCII);

	@Test
	void what_is_sealed_opens_to_the_same_bytes() {
		// when
		byte[] sealed = this.cipher.seal(this.storageKey, this.plaintext);
		// then
		assertThat(this.cipher.open(this.storageKey, sealed)).isEqualTo(this.plaintext);
	}

	@Test
	void the_file_starts_with_the_magic_and_format_version_1() {
		// when
		byte[] sealed = this.cipher.seal(this.storageKey, this.plaintext);
		// then
		assertThat(new String(sealed, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("WDOC");
		assertThat(sealed[4]).isEqualTo((byte) 1);
		assertThat(sealed).hasSize(DocumentCipher.HEADER_BYTES + this.plaintext.length + 16);
	}

	@Test
	void the_same_document_sealed_twice_gets_fresh_nonces() {
		// when
		byte[] first = this.cipher.seal(this.storageKey, this.plaintext);
		byte[] second = this.cipher.seal(this.storageKey, this.plaintext);
		// then
		assertThat(java.util.Arrays.copyOfRange(first, 5, 17))
			.isNotEqualTo(java.util.Arrays.copyOfRange(second, 5, 17));
		assertThat(first).isNotEqualTo(second);
	}

	@ParameterizedTest(name = "a flipped bit at offset {0} is caught")
	@ValueSource(ints = { 0, 4, 5, 16, 17, 30, -16, -1 })
	void a_flipped_bit_anywhere_makes_opening_fail(int offset) {
		// given
		byte[] sealed = this.cipher.seal(this.storageKey, this.plaintext);
		int at = (offset < 0) ? sealed.length + offset : offset;
		sealed[at] ^= 0x01;
		// when / then
		assertThatThrownBy(() -> this.cipher.open(this.storageKey, sealed)).isInstanceOf(DocumentCorrupted.class)
			.hasMessageContaining("failed its integrity check");
	}

	@Test
	void a_file_opened_under_another_storage_key_fails() {
		// given
		byte[] sealed = this.cipher.seal(this.storageKey, this.plaintext);
		// when / then
		assertThatThrownBy(() -> this.cipher.open(StorageKeys.next(), sealed)).isInstanceOf(DocumentCorrupted.class);
	}

	@Test
	void a_file_sealed_under_another_document_key_fails() {
		// given
		byte[] sealed = this.cipher.seal(this.storageKey, this.plaintext);
		byte[] other = new byte[32];
		other[0] = 1;
		DocumentCipher otherCipher = new DocumentCipher(DocumentKey.parse(Base64.getEncoder().encodeToString(other)));
		// when / then
		assertThatThrownBy(() -> otherCipher.open(this.storageKey, sealed)).isInstanceOf(DocumentCorrupted.class);
	}

	@Test
	void a_truncated_file_fails() {
		// given
		byte[] sealed = this.cipher.seal(this.storageKey, this.plaintext);
		// when / then
		assertThatThrownBy(() -> this.cipher.open(this.storageKey, java.util.Arrays.copyOf(sealed, 20)))
			.isInstanceOf(DocumentCorrupted.class)
			.hasMessageContaining("not a Writ document file");
	}

}
