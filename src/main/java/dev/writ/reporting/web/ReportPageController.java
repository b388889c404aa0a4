package dev.writ.reporting.web;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.writ.reporting.ReportDocuments;
import dev.writ.reporting.ReportPeriod;
import dev.writ.reporting.TransparencyReports;
import dev.writ.review.StatutoryClock;
import dev.writ.shared.validation.InvalidInput;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The transparency report of a half year as staff see it while it is a draft: the
 * per-country tables, the period-wide figures, and the downloads.
 */
@Controller
@PreAuthorize("hasAnyRole('ANALYST', 'COUNSEL', 'ADMIN', 'AUDITOR')")
class ReportPageController {

	private final TransparencyReports reports;

	private final ReportDocuments documents;

	private final StatutoryClock clock;

	ReportPageController(TransparencyReports reports, ReportDocuments documents, StatutoryClock clock) {
		this.reports = reports;
		this.documents = documents;
		this.clock = clock;
	}

	@GetMapping("/staff/reports")
	String report(@RequestParam(required = false) @Nullable String period, Model model) {
		ReportPeriod chosen = current();
		try {
			chosen = (period == null || period.isBlank()) ? current() : ReportPeriod.parse(period);
		}
		catch (InvalidInput ex) {
			model.addAttribute("problem", ex.problem());
		}
		model.addAttribute("report", this.reports.draft(chosen));
		model.addAttribute("periods", recent());
		model.addAttribute("period", chosen.toString());
		return "reporting/report";
	}

	@GetMapping("/staff/reports/download")
	ResponseEntity<byte[]> download(@RequestParam(required = false) @Nullable String period,
			@RequestParam(defaultValue = "csv") String format) {
		ReportPeriod chosen = (period == null || period.isBlank()) ? current() : ReportPeriod.parse(period);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		MediaType type = this.documents.write(this.reports.draft(chosen), format, out);
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("writ-report-" + chosen + "." + format).build().toString())
			.body(out.toByteArray());
	}

	private ReportPeriod current() {
		LocalDate today = this.clock.today();
		return new ReportPeriod(today.getYear(), (today.getMonthValue() <= 6) ? 1 : 2);
	}

	/** The current half year and the five before it, newest first. */
	private List<String> recent() {
		List<String> periods = new ArrayList<>();
		ReportPeriod period = current();
		for (int i = 0; i < 6; i++) {
			periods.add(period.toString());
			period = (period.half() == 2) ? new ReportPeriod(period.year(), 1) : new ReportPeriod(period.year() - 1, 2);
		}
		return periods;
	}

}
