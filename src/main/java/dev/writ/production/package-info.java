/**
 * Collecting exactly the data a decision authorises, sealing it and delivering it through
 * the portal.
 */
@ApplicationModule(displayName = "Production", allowedDependencies = { "shared", "review", "intake", "identity" })
@NullMarked
package dev.writ.production;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
