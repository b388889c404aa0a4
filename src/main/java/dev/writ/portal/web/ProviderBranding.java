package dev.writ.portal.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the provider's name on every page, whichever module renders it.
 */
@ControllerAdvice
class ProviderBranding {

	private final String providerName;

	ProviderBranding(@Value("${writ.provider.name}") String providerName) {
		this.providerName = providerName;
	}

	@ModelAttribute("providerName")
	String providerName() {
		return this.providerName;
	}

}
