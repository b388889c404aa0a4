package dev.writ.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins in a row lock an account, and for how long.
 */
@ConfigurationProperties("writ.security.lockout")
record LockoutPolicy(@DefaultValue("5") int maxFailedSignIns, @DefaultValue("15m") Duration lockFor) {

}
