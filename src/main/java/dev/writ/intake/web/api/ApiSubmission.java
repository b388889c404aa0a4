package dev.writ.intake.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import dev.writ.intake.Upload;
import dev.writ.intake.Upload.DocumentKind;
import dev.writ.shared.validation.InvalidInput;

import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

/**
 * The parts of an API submission checked before anything is parsed or stored: the
 * {@code Idempotency-Key}, the {@code demand} part and the {@code document} parts, and
 * the request hash that tells a retry from a different request.
 */
final class ApiSubmission {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	static final String DOCUMENT = "document";

	/** 1 to 200 visible ASCII characters. */
	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

	private ApiSubmission() {
	}

	static String key(@Nullable String key) {
		if (key == null || key.isEmpty()) {
			throw new InvalidInput(IDEMPOTENCY_KEY,
					"the header is required: a unique value per demand (e.g. a UUID), sent again unchanged on retry");
		}
		if (!KEY.matcher(key).matches()) {
			throw new InvalidInput(IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters, without spaces");
		}
		return key;
	}

	static byte[] demand(byte @Nullable [] demand) {
		if (demand == null) {
			throw new InvalidInput(DemandJsonParser.PART,
					"missing: send the demand as a multipart part named 'demand' (application/json)");
		}
		return demand;
	}

	static List<MultipartFile> documents(@Nullable List<MultipartFile> documents) {
		if (documents == null || documents.isEmpty()) {
			throw new InvalidInput(DOCUMENT,
					"missing: attach the legal document as a multipart part named 'document' (application/pdf)");
		}
		return documents;
	}

	static List<Upload> uploads(List<MultipartFile> documents) {
		return documents.stream().map(file -> new Upload(DocumentKind.LEGAL_PROCESS, fileName(file), file)).toList();
	}

	/**
	 * SHA-256 over what the request says: the scope (a new demand, or a revision of one),
	 * the demand part and every document's bytes, each preceded by its length.
	 */
	static String hash(String scope, byte[] demand, List<MultipartFile> documents) {
		MessageDigest digest = sha256();
		update(digest, scope.getBytes(StandardCharsets.UTF_8));
		update(digest, demand);
		byte[] buffer = new byte[64 * 1024];
		for (MultipartFile document : documents) {
			digest.update(ByteBuffer.allocate(Long.BYTES).putLong(document.getSize()).array());
			try (InputStream in = document.getInputStream()) {
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					digest.update(buffer, 0, read);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("could not read an uploaded document", ex);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void update(MessageDigest digest, byte[] bytes) {
		digest.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
		digest.update(bytes);
	}

	private static String fileName(MultipartFile file) {
		String name = file.getOriginalFilename();
		return (name == null || name.isBlank()) ? "document.pdf" : name;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
