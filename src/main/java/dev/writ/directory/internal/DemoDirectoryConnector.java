package dev.writ.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.writ.directory.AccountFacts;
import dev.writ.directory.LegalHold;
import dev.writ.directory.spi.DirectoryConnector;
import dev.writ.shared.legal.IdentifierType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directory of Contoso Cloud, the demo provider: the accounts in
 * {@code dev/writ/directory/demo-accounts.json}; an identifier that is not there does not
 * exist. It has no preservation system behind it: a hold lives only in Writ's own table,
 * which the directory writes before calling any connector.
 */
final class DemoDirectoryConnector implements DirectoryConnector {

	static final String RESOURCE = "dev/writ/directory/demo-accounts.json";

	private static final Logger log = LoggerFactory.getLogger(DemoDirectoryConnector.class);

	private final Map<String, AccountFacts> accounts;

	/**
	 * @param accounts facts by {@link IdentifierKey}
	 */
	DemoDirectoryConnector(Map<String, AccountFacts> accounts) {
		this.accounts = Map.copyOf(accounts);
	}

	static DemoDirectoryConnector fromClasspath() {
		try (InputStream in = DemoDirectoryConnector.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			return new DemoDirectoryConnector(
					DemoAccountsFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(RESOURCE + " cannot be read", ex);
		}
	}

	@Override
	public AccountFacts lookup(String identifier, IdentifierType type) {
		return IdentifierKey.of(type, identifier).map(this.accounts::get).orElseGet(AccountFacts::notFound);
	}

	@Override
	public void placeHold(LegalHold hold) {
		log.info("Demo directory: hold {} on {} is recorded in Writ only", hold.id(), hold.identifier());
	}

	@Override
	public void extendHold(LegalHold hold) {
		log.info("Demo directory: hold {} extended to {} in Writ only", hold.id(), hold.until());
	}

	@Override
	public void releaseHold(LegalHold hold) {
		log.info("Demo directory: hold {} released in Writ only", hold.id());
	}

	/** How many identifiers the directory knows. */
	int size() {
		return this.accounts.size();
	}

}
