package dev.writ.agency.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.Principal;

import dev.writ.agency.DomainImportReport;
import dev.writ.agency.OfficialDomains;
import dev.writ.shared.validation.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrator's page of candidate official domains: import the .gov registry's CSV,
 * then search and page through what it lists.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OfficialDomainsController {

	static final int PAGE_SIZE = 50;

	/** Bad rows listed on the page; the count covers the rest. */
	static final int BAD_ROWS_SHOWN = 100;

	private final OfficialDomains domains;

	OfficialDomainsController(OfficialDomains domains) {
		this.domains = domains;
	}

	@GetMapping("/admin/domains")
	String list(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		model.addAttribute("results", this.domains.search(query, page, PAGE_SIZE));
		return "agency/domains";
	}

	@PostMapping("/admin/domains/import")
	String importFile(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Principal admin,
			Model model, HttpServletResponse response) {
		if (file == null || file.isEmpty()) {
			return refused("Choose the registry's CSV file to import: the file was missing or empty.", model, response);
		}
		String name = (file.getOriginalFilename() == null) ? "upload.csv" : file.getOriginalFilename();
		try (InputStream csv = file.getInputStream()) {
			DomainImportReport report = this.domains.importDotgov(csv, name, admin.getName());
			model.addAttribute("report", report);
			model.addAttribute("badRowsShown", report.badRows().stream().limit(BAD_ROWS_SHOWN).toList());
			return list("", 1, model);
		}
		catch (InvalidInput ex) {
			return refused(name + " " + ex.problem(), model, response);
		}
		catch (IOException | UncheckedIOException ex) {
			return refused("The upload of " + name + " could not be read; nothing was imported. Try again.", model,
					response);
		}
	}

	private String refused(String problem, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("importError", problem);
		return list("", 1, model);
	}

}
