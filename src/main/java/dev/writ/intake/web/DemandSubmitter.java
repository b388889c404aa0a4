package dev.writ.intake.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.writ.identity.SignedInUser;
import dev.writ.intake.Channel;
import dev.writ.intake.DemandIntake;
import dev.writ.intake.DemandReceipt;
import dev.writ.intake.SubmitDemand;
import dev.writ.intake.Upload;
import dev.writ.intake.Upload.DocumentKind;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.validation.InvalidInput;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Submits a demand form, first or corrected: reads the form, attaches the uploads, and
 * hands the command to intake. Problems come back by form field, whether the form reader
 * or intake found them, and then nothing was saved.
 */
@Component
class DemandSubmitter {

	/** Where intake's field names show on the form. */
	private static final Map<String, String> FORM_FIELDS = Map.of("data_requested", "data", "process.addressed_to",
			"addressedTo", "process.issued_by", "issuedBy", "process.nondisclosure_order.statute", "secrecyStatute",
			"process.nondisclosure_order.expires", "secrecyExpires", "attestation", "attested", "document",
			"legalDocument", "document.legal_process", "legalDocument", "document.secrecy_order",
			"secrecyOrderDocument", "document.owner_consent", "consentDocument");

	private final DemandIntake intake;

	DemandSubmitter(DemandIntake intake) {
		this.intake = intake;
	}

	Result submit(@Nullable String reference, ProcessType type, DemandForm form, Attachments files,
			SignedInUser officer) {
		FormProblems problems = new FormProblems();
		DemandFormReader.Read read = DemandFormReader.read(type, form, problems);
		if (files.legalDocument() == null || files.legalDocument().isEmpty()) {
			problems.add("legalDocument", "attach the legal document as a PDF");
		}
		if (!problems.isEmpty()) {
			return Result.refused(problems);
		}
		SubmitDemand command = new SubmitDemand(officer.agencyId(), officer.id(), officer.getUsername(), Channel.PORTAL,
				read.process(), read.targets(), read.data(), read.context(), uploads(files), true);
		try {
			return Result.accepted(
					(reference == null) ? this.intake.receive(command) : this.intake.resubmit(reference, command));
		}
		catch (InvalidInput ex) {
			problems.add(formField(ex.field()), ex.problem());
			return Result.refused(problems);
		}
	}

	private static String formField(String field) {
		if (field.startsWith("targets")) {
			return "targets";
		}
		return FORM_FIELDS.getOrDefault(field, field);
	}

	private static List<Upload> uploads(Attachments files) {
		List<Upload> uploads = new ArrayList<>();
		add(uploads, DocumentKind.LEGAL_PROCESS, files.legalDocument());
		add(uploads, DocumentKind.SECRECY_ORDER, files.secrecyOrderDocument());
		add(uploads, DocumentKind.OWNER_CONSENT, files.consentDocument());
		return uploads;
	}

	private static void add(List<Upload> uploads, DocumentKind kind, @Nullable MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return;
		}
		try {
			String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : kind.name() + ".pdf";
			uploads.add(new Upload(kind, name, new ByteArrayResource(file.getBytes())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read the upload", ex);
		}
	}

	/**
	 * The files posted with the form; any may be absent.
	 */
	record Attachments(@Nullable MultipartFile legalDocument, @Nullable MultipartFile secrecyOrderDocument,
			@Nullable MultipartFile consentDocument) {

	}

	/**
	 * A receipt, or the problems to show on the form.
	 */
	record Result(@Nullable DemandReceipt receipt, FormProblems problems) {

		static Result accepted(DemandReceipt receipt) {
			return new Result(receipt, new FormProblems());
		}

		static Result refused(FormProblems problems) {
			return new Result(null, problems);
		}

	}

}
