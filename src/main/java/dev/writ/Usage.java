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
			  java -jar writ.jar assess [--check] [--profile PROFILE.json] PATH...
			                                     assess scenario files offline (JSON Lines); --check compares
			                                     with each file's expected answer

			settings (environment variables):
			  WRIT_DB_URL        PostgreSQL JDBC URL, e.g. jdbc:postgresql://db.example:5432/writ (required)
			  WRIT_DB_USER       database user
			  WRIT_DB_PASSWORD   database password
			  WRIT_PORT          HTTP port of the portal (default 8080)
			""";

	private Usage() {
	}

}
