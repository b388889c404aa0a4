/**
 * Outgoing e-mail: an outbox that keeps every mail, sent through SMTP when one is
 * configured. Mails say that something happened and where to look; they never carry case
 * content.
 */
@ApplicationModule(displayName = "Mail", allowedDependencies = "shared")
@NullMarked
package dev.writ.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
