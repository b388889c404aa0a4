package dev.writ.assessment.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import dev.writ.rules.AssessmentEngine;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.scenario.ProviderProfiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The provider profile comes from the file named by {@code WRIT_PROVIDER_PROFILE};
 * without it, the built-in demo profile (Contoso Cloud) is used and the log says so at
 * start-up.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

	private static final Logger log = LoggerFactory.getLogger(AssessmentConfiguration.class);

	@Bean
	ProviderProfile providerProfile(@Value("${writ.provider.profile:}") String file) {
		if (file.isBlank() || "demo".equals(file)) {
			log.info("Provider profile: {} (built-in demo profile; set WRIT_PROVIDER_PROFILE to use your own)",
					ProviderProfiles.contosoCloud().name());
			return ProviderProfiles.contosoCloud();
		}
		try {
			ProviderProfile profile = ProviderProfiles.read(Path.of(file));
			log.info("Provider profile: {} (from {})", profile.name(), file);
			return profile;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("WRIT_PROVIDER_PROFILE names " + file + ", which cannot be read", ex);
		}
	}

	@Bean
	AssessmentEngine assessmentEngine(ProviderProfile profile) {
		return new AssessmentEngine(profile);
	}

}
