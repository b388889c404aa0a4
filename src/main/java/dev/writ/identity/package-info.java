/**
 * Who is signed in: user accounts of agency officers and provider staff, roles, password
 * hashing, account lock-out, the security filter chains and the audit of every sign-in
 * and every refusal.
 */
@ApplicationModule(displayName = "Identity and access", allowedDependencies = "shared")
@NullMarked
package dev.writ.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
