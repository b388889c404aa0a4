package dev.writ.intake;

import dev.writ.shared.legal.IdentifierType;

/**
 * An account as the requester names it; the account directory supplies the rest.
 */
public record NamedTarget(String identifier, IdentifierType type) {

}
