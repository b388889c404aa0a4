package dev.writ.agency.internal.domains;

import org.jspecify.annotations.Nullable;

/**
 * One usable row of the .gov registry: the domain in lower case, the type in the
 * registry's spelling, blank optional fields as null. Two rows are equal when they say
 * the same thing, which is how an import tells unchanged from updated domains.
 */
public record DotgovRow(String domain, String domainType, String organisation, @Nullable String suborganisation,
		@Nullable String city, @Nullable String state) {

}
