package dev.writ.mail.web;

import dev.writ.mail.internal.OutboxMailer;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrators' view of every mail sent: with no SMTP server configured (the demo),
 * this is where verification links and notices can be read.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OutboxController {

	static final int PAGE = 100;

	private final OutboxMailer mailer;

	OutboxController(OutboxMailer mailer) {
		this.mailer = mailer;
	}

	@GetMapping("/admin/outbox")
	String outbox(Model model) {
		model.addAttribute("mails", this.mailer.latest(PAGE));
		return "mail/outbox";
	}

}
