package dev.writ.identity.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import dev.writ.identity.SignedInUser;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's passkeys: the list, adding one (the page's script runs the WebAuthn ceremony
 * against Spring Security's registration endpoints) and removing one. Only for users who
 * have signed in fully; someone still at the second factor holds no role and never gets
 * here.
 */
@Controller
@RequestMapping("/account/passkeys")
@PreAuthorize("hasAnyRole('OFFICER', 'ANALYST', 'COUNSEL', 'ADMIN', 'AUDITOR')")
class PasskeysController {

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final UserCredentialRepository credentials;

	PasskeysController(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials) {
		this.userEntities = userEntities;
		this.credentials = credentials;
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("passkeys", passkeysOf(user));
		return "identity/passkeys";
	}

	@PostMapping("/{id}/delete")
	String remove(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		Passkey passkey = passkeysOf(user).stream()
			.filter(p -> p.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("not one of the user's passkeys"));
		this.credentials.delete(Bytes.fromBase64(passkey.id()));
		redirect.addFlashAttribute("removed", passkey.label());
		return "redirect:/account/passkeys";
	}

	private List<Passkey> passkeysOf(SignedInUser user) {
		PublicKeyCredentialUserEntity entity = this.userEntities.findByUsername(user.getUsername());
		if (entity == null) {
			return List.of();
		}
		return this.credentials.findByUserId(entity.getId())
			.stream()
			.map(Passkey::of)
			.sorted(Comparator.comparing(Passkey::created))
			.toList();
	}

	/** One passkey as the page shows it; the id is the credential id in base64url. */
	record Passkey(String id, String label, Instant created, Instant lastUsed) {

		static Passkey of(CredentialRecord record) {
			return new Passkey(record.getCredentialId().toBase64UrlString(), record.getLabel(), record.getCreated(),
					record.getLastUsed());
		}

		/** Whether it has signed the user in since it was added. */
		public boolean used() {
			return this.lastUsed.isAfter(this.created);
		}

	}

}
