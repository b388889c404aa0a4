package dev.writ.agency.internal.vetting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The free web-mail services, listed with the reasons for the list in
 * {@code free-mail-domains.txt} beside this class.
 */
public final class FreeMailProviders {

	private static final String LIST = "free-mail-domains.txt";

	private final Set<String> domains;

	FreeMailProviders(Set<String> domains) {
		this.domains = Set.copyOf(domains);
	}

	/** The list kept with the code. */
	public static FreeMailProviders standard() {
		try (InputStream list = FreeMailProviders.class.getResourceAsStream(LIST)) {
			if (list == null) {
				throw new IllegalStateException(LIST + " is missing from the class path");
			}
			return new FreeMailProviders(new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8)).lines()
				.map(line -> line.replaceFirst("#.*", "").strip().toLowerCase(Locale.ROOT))
				.filter(line -> !line.isEmpty())
				.collect(Collectors.toSet()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The free web-mail domain the name is, or sits under. */
	public Optional<String> provider(DomainName name) {
		if (this.domains.contains(name.ascii())) {
			return Optional.of(name.ascii());
		}
		return name.parents().stream().filter(this.domains::contains).findFirst();
	}

	public Set<String> domains() {
		return this.domains;
	}

}
