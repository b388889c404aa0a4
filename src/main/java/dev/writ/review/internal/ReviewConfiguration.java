package dev.writ.review.internal;

import java.time.Clock;
import java.time.ZoneId;

import dev.writ.review.StatutoryClock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

	@Bean
	StatutoryClock statutoryClock(Clock clock,
			@Value("${writ.provider.legal-time-zone:America/Los_Angeles}") ZoneId legalZone) {
		return new StatutoryClock(clock, legalZone);
	}

}
