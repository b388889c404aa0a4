package dev.writ.intake.web;

import java.util.List;
import java.util.UUID;

import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.intake.DemandDetail;
import dev.writ.intake.DemandDocuments;
import dev.writ.intake.DemandOutcomes;
import dev.writ.intake.DemandDocuments.OpenedDocument;
import dev.writ.intake.DemandMessage;
import dev.writ.intake.DemandMessages;
import dev.writ.rules.ProviderProfile;
import dev.writ.shared.validation.InvalidInput;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What officer and staff pages of a demand have in common: the demand, its kind of
 * process, its messages with their authors, and its documents, whose every opening is
 * audited.
 */
@Component
class DemandPageModel {

	private final DemandMessages messages;

	private final DemandDocuments documents;

	private final UserAccounts users;

	private final ProviderProfile provider;

	private final DemandOutcomes outcomes;

	DemandPageModel(DemandMessages messages, DemandDocuments documents, UserAccounts users, ProviderProfile provider,
			DemandOutcomes outcomes) {
		this.messages = messages;
		this.documents = documents;
		this.users = users;
		this.provider = provider;
		this.outcomes = outcomes;
	}

	/** Fills the page's model; answers the demand's messages, read once. */
	List<DemandMessage> fill(Model model, DemandDetail demand, boolean forStaff) {
		List<DemandMessage> thread = this.messages.messages(demand.reference());
		model.addAttribute("demand", demand);
		model.addAttribute("guide", ProcessGuide.of(demand.process().type()));
		model.addAttribute("messages", thread.stream().map(message -> view(message, forStaff)).toList());
		model.addAttribute("notices", this.outcomes.notices(demand.reference()).reversed());
		return thread;
	}

	ResponseEntity<InputStreamResource> download(String reference, String key, String reader) {
		OpenedDocument opened;
		try {
			opened = this.documents.open(reference, key, reader);
		}
		catch (InvalidInput ex) {
			throw new UnknownPage(reference + "/" + key);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(opened.contentType()))
			.contentLength(opened.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(opened.fileName()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(new InputStreamResource(opened.content()));
	}

	/**
	 * Officers see the provider's team, not the name of the analyst who wrote; staff see
	 * everyone.
	 */
	private MessageView view(DemandMessage message, boolean forStaff) {
		String author = (message.fromStaff() && !forStaff) ? this.provider.name() + " compliance team"
				: name(message.authorId());
		return new MessageView(author, message.fromStaff(), message.body(), message.postedAt());
	}

	private String name(UUID userId) {
		return this.users.find(userId).map(UserView::displayName).orElse("unknown");
	}

	/**
	 * A message as a page shows it.
	 */
	public record MessageView(String author, boolean fromStaff, String body, java.time.Instant postedAt) {

	}

}
