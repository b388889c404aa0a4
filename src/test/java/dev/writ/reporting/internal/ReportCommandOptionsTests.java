package dev.writ.reporting.internal;

import java.nio.file.Path;
import java.util.List;

import dev.writ.reporting.internal.ReportCommand.Options;
import dev.writ.shared.validation.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The report command's arguments: every format by its code; the binary ones only to a
 * file.
 */
class ReportCommandOptionsTests {

	@Test
	void every_format_is_chosen_by_its_code() {
		// when
		List<ExportFormat> formats = List.of("csv", "json", "xlsx", "pdf", "long-csv")
			.stream()
			.map(code -> Options.of(List.of("2022-H2", "--format", code, "--out", "r")).format())
			.toList();
		// then
		assertThat(formats).containsExactly(ExportFormat.values());
	}

	@Test
	void an_unknown_format_is_refused_naming_every_format() {
		// when / then
		assertThatThrownBy(() -> Options.of(List.of("2022-H2", "--format", "docx")))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("--format"))
			.hasMessageContaining("'docx' is not a format")
			.hasMessageContaining("csv, json, xlsx, pdf, long-csv");
	}

	@Test
	void xlsx_and_pdf_without_an_output_file_are_refused_and_text_layouts_go_to_standard_output() {
		// when / then
		for (String binary : List.of("xlsx", "pdf")) {
			assertThatThrownBy(() -> Options.of(List.of("2022-H2", "--format", binary)))
				.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("--out"))
				.hasMessageContaining(binary + " is written to a file only");
		}
		assertThat(Options.of(List.of("2022-H2", "--format", "long-csv")).out()).isNull();
		assertThat(Options.of(List.of("2022-H2", "--out", "r.pdf", "--format", "pdf")).out())
			.isEqualTo(Path.of("r.pdf"));
	}

}
