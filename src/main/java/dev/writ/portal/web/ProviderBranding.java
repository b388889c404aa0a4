package dev.writ.portal.web;

import dev.writ.rules.ProviderProfile;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the provider's name (from its profile) on every page, whichever module renders it.
 */
@ControllerAdvice
class ProviderBranding {

	private final String providerName;

	ProviderBranding(ProviderProfile profile) {
		this.providerName = profile.name();
	}

	@ModelAttribute("providerName")
	String providerName() {
		return this.providerName;
	}

}
