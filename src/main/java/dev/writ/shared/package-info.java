/**
 * Shared kernel: value types and the legal vocabulary every module speaks. No beans live
 * here.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
@NullMarked
package dev.writ.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
