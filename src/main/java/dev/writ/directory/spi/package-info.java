/**
 * The service-provider interface of the account directory: what a provider implements to
 * connect Writ to its own account and preservation systems (see docs/architecture.md,
 * "Account directory").
 */
@NamedInterface("spi")
@NullMarked
package dev.writ.directory.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
