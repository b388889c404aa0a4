package dev.writ.registration.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import dev.writ.rules.ProviderProfile;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The links mails carry, built on the portal's public address, and the provider's name
 * for the texts.
 */
@Component
class PortalLinks {

	private final String base;

	private final String providerName;

	PortalLinks(@Value("${writ.portal.base-url:http://localhost:8080}") String base, ProviderProfile profile) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		this.providerName = profile.name();
	}

	String verification(String token) {
		return this.base + "/register/verify?token=" + encoded(token);
	}

	String invitation(String token) {
		return this.base + "/register?invitation=" + encoded(token);
	}

	String signIn() {
		return this.base + "/sign-in";
	}

	String providerName() {
		return this.providerName;
	}

	private static String encoded(String token) {
		return URLEncoder.encode(token, StandardCharsets.UTF_8);
	}

}
