/**
 * The account directory: resolves the identifiers a demand names (e-mail addresses, phone
 * numbers, gamertags, IP addresses, usernames) to the provider's accounts, and records
 * the legal holds (preservation) placed on them. The provider's real systems answer
 * through a {@link dev.writ.directory.spi.DirectoryConnector}; Writ keeps its own record
 * of every hold and audits every change.
 */
@ApplicationModule(displayName = "Account directory", allowedDependencies = "shared")
@NullMarked
package dev.writ.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
