/**
 * The tamper-evident audit trail: an append-only, hash-chained log of every action and
 * every denied attempt. Depends on nothing but the shared kernel, so every module can be
 * audited.
 */
@ApplicationModule(displayName = "Audit trail", allowedDependencies = "shared")
@NullMarked
package dev.writ.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
