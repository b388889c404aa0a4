package dev.writ.mail.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the retry schedule of failed mails.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailConfiguration {

}
