package dev.writ.documents;

import java.io.Serial;

import dev.writ.shared.validation.InvalidInput;

import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * An upload the store refused, with a problem the uploader can act on. Nothing was
 * stored. The field is always {@code document}.
 */
public class DocumentRejected extends InvalidInput {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The field every refusal names. */
	public static final String FIELD = "document";

	private final Reason reason;

	public DocumentRejected(Reason reason, String problem) {
		super(FIELD, problem);
		this.reason = reason;
	}

	public static DocumentRejected empty() {
		return new DocumentRejected(Reason.EMPTY, "the file is empty; choose the PDF of the legal document again");
	}

	public static DocumentRejected tooLarge(DataSize limit) {
		return new DocumentRejected(Reason.TOO_LARGE, "the file is larger than the limit of " + readable(limit)
				+ "; scan it at a lower resolution or split it into several PDFs");
	}

	/**
	 * @param looksLike what the content looks like, e.g. "an image (PNG)", or null when
	 * it cannot be told
	 */
	public static DocumentRejected notPdf(@Nullable String looksLike) {
		String what = (looksLike != null) ? "it looks like " + looksLike : "its type could not be recognised";
		return new DocumentRejected(Reason.NOT_PDF,
				"the file is not a PDF (" + what + "); upload the legal document as a PDF");
	}

	public static DocumentRejected damaged() {
		return new DocumentRejected(Reason.DAMAGED,
				"the PDF cannot be read, it seems damaged; export or scan it again and upload the new file");
	}

	public static DocumentRejected passwordProtected() {
		return new DocumentRejected(Reason.ENCRYPTED,
				"the PDF is password-protected; upload a copy that opens without a password");
	}

	public static DocumentRejected encrypted() {
		return new DocumentRejected(Reason.ENCRYPTED, "the PDF is encrypted (it restricts printing, copying or "
				+ "editing); upload a copy without encryption, for example by printing it to a new PDF");
	}

	/** Why the upload was refused, for callers that react differently per reason. */
	public Reason reason() {
		return this.reason;
	}

	private static String readable(DataSize size) {
		long bytes = size.toBytes();
		if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + " MB";
		}
		if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
			return size.toKilobytes() + " KB";
		}
		return bytes + " bytes";
	}

	/** Why an upload was refused. */
	public enum Reason {

		/** No bytes at all. */
		EMPTY,
		/** Larger than {@code writ.documents.max-size}. */
		TOO_LARGE,
		/** The content is not a PDF, whatever its name says. */
		NOT_PDF,
		/** Starts like a PDF but cannot be parsed, or has no pages. */
		DAMAGED,
		/** Encrypted: needs a password, or carries an owner password's restrictions. */
		ENCRYPTED

	}

}
