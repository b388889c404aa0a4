/**
 * The assessment engine inside the application: the provider profile from configuration,
 * the engine as a bean for intake and review, and the assessment API
 * ({@code POST /api/v1/assessments}).
 */
@ApplicationModule(displayName = "Assessment", allowedDependencies = { "shared", "rules", "rules :: scenario" })
@NullMarked
package dev.writ.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
