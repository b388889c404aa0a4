/**
 * Secrecy (non-disclosure) orders: which demands the customer may not be told about,
 * until when, and the embargo every notice must ask about first.
 */
@ApplicationModule(displayName = "Secrecy orders", allowedDependencies = { "shared", "intake" })
@NullMarked
package dev.writ.secrecy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
