package dev.writ.testing;

/**
 * The document store settings of the tests: a fixed key (never used outside tests) and
 * files under {@code target/}, so a test run neither needs {@code WRIT_DOCUMENT_KEY} nor
 * touches the demo's {@code ./data/}. {@link WritIntegrationTest} applies them; contexts
 * built by hand pass {@link #ARGUMENTS}.
 */
public final class TestDocumentStore {

	/** 32 bytes, base64: the fixed test key. */
	public static final String KEY = "dGVzdC1vbmx5LWRvY3VtZW50LWtleS0zMi1ieXRlcyE=";

	public static final String KEY_PROPERTY = "writ.documents.key=" + KEY;

	public static final String PATH_PROPERTY = "writ.documents.path=target/test-documents";

	/** The settings as command-line arguments of a hand-built application. */
	public static final String[] ARGUMENTS = { "--" + KEY_PROPERTY, "--" + PATH_PROPERTY };

	private TestDocumentStore() {
	}

}
