package dev.writ.reporting.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;

import dev.writ.reporting.HistoricalRegisters;
import dev.writ.reporting.HistoricalRegisters.RegisterRefused;
import dev.writ.shared.validation.InvalidInput;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators import historical registers: the whole file or, when a row is bad,
 * nothing, with every bad row named by its line.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RegisterImportController {

	private final HistoricalRegisters registers;

	RegisterImportController(HistoricalRegisters registers) {
		this.registers = registers;
	}

	@GetMapping("/admin/register")
	String page() {
		return "reporting/register-import";
	}

	@PostMapping("/admin/register")
	String importFile(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Principal admin,
			RedirectAttributes redirect) {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("importError", "Choose a register file (CSV) to import.");
			return "redirect:/admin/register";
		}
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "register.csv";
		try (InputStream csv = file.getInputStream()) {
			long imported = this.registers.importCsv(csv, name, admin.getName());
			redirect.addFlashAttribute("imported", "Imported " + imported + " demand(s) from " + name + ".");
		}
		catch (RegisterRefused refused) {
			redirect.addFlashAttribute("importError", name + ": " + refused.getMessage() + ".");
			redirect.addFlashAttribute("badRows", refused.badRows());
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("importError", name + " " + ex.problem() + "; nothing was imported.");
		}
		catch (IOException ex) {
			redirect.addFlashAttribute("importError", "The file could not be read: " + ex.getMessage());
		}
		return "redirect:/admin/register";
	}

}
