package dev.writ;

/**
 * The text of {@code java -jar writ.jar help}.
 */
final class Usage {

	static final String TEXT = """
			Writ: receives, decides and answers legal demands for customer data.

			usage:
			  java -jar writ.jar                 serve the portal (http://localhost:8080 by default)
			  java -jar writ.jar audit verify    check the audit chain; exit 1 naming the first broken entry
			  java -jar writ.jar agencies import-dotgov FILE
			                                     import the .gov registry CSV as candidate official domains;
			                                     bad rows are reported and skipped (exit 2: file unreadable)
			  java -jar writ.jar register import FILE.csv
			                                     import a historical register of demands (all rows or, when
			                                     a row is bad, none: exit 1 naming each bad line)
			  java -jar writ.jar report PERIOD --format csv|json|xlsx|pdf|long-csv [--out FILE]
			                                     the transparency report of a half year, e.g. 2022-H2
			                                     (xlsx and pdf need --out)
			  java -jar writ.jar report commitment PERIOD | report prove PERIOD REFERENCE [--out FILE]
			                                     the Merkle root over a period's counted demands; a demand's
			                                     inclusion proof
			  java -jar writ.jar report verify-proof PROOF.json ROOT
			                                     check a proof against a published root (no database)
			  java -jar writ.jar assess [--check] [--profile PROFILE.json] PATH...
			                                     assess scenario files offline (JSON Lines); --check compares
			                                     with each file's expected answer

			settings (environment variables):
			  WRIT_DB_URL        PostgreSQL JDBC URL, e.g. jdbc:postgresql://db.example:5432/writ (required)
			  WRIT_DB_USER       database user
			  WRIT_DB_PASSWORD   database password
			  WRIT_DOCUMENT_KEY  AES-256 key for stored documents: base64 of 32 random bytes
			                     (openssl rand -base64 32); required to serve the portal
			  WRIT_DOCUMENT_PATH where the encrypted documents live (default ./data/documents)
			  WRIT_DOCUMENT_MAX_SIZE  largest upload accepted (default 20MB, at most 256MB)
			  WRIT_PROVIDER_PROFILE     the provider profile JSON file, or "demo" (required by the portal)
			  WRIT_DIRECTORY_CONNECTOR  the account directory connector, or "demo" (required by the portal)
			  WRIT_PORT          HTTP port of the portal (default 8080)
			""";

	private Usage() {
	}

}
