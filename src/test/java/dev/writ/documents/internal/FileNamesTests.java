package dev.writ.documents.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTests {

	@Test
	void a_plain_name_is_kept() {
		// when / then
		assertThat(FileNames.forDisplay("Subpoena GJ-2026-0419.pdf")).isEqualTo("Subpoena GJ-2026-0419.pdf");
	}

	@Test
	void directories_in_the_name_are_dropped_whichever_the_separator() {
		// when / then
		assertThat(FileNames.forDisplay("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
		assertThat(FileNames.forDisplay("C:\\Users\\agent\\Desktop\\warrant.pdf")).isEqualTo("warrant.pdf");
	}

	@Test
	void a_right_to_left_override_cannot_disguise_the_extension() {
		// when / then
		assertThat(FileNames.forDisplay("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
	}

	@Test
	void control_characters_go_and_whitespace_collapses() {
		// when / then
		assertThat(FileNames.forDisplay("  order\r\n\tno.\u0000 7\u200B.pdf  ")).isEqualTo("order no. 7.pdf");
	}

	@Test
	void a_name_with_nothing_visible_left_gets_a_neutral_one() {
		// when / then
		assertThat(FileNames.forDisplay("dir/")).isEqualTo(FileNames.FALLBACK);
		assertThat(FileNames.forDisplay("\u0007\u202E")).isEqualTo(FileNames.FALLBACK);
	}

	@Test
	void a_very_long_name_is_shortened_in_the_middle_keeping_its_extension() {
		// when
		String name = FileNames.forDisplay("a".repeat(500) + ".pdf");
		// then
		assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith("a….pdf").startsWith("aaaa");
	}

	@Test
	void accents_are_kept_in_their_composed_form() {
		// when / then
		assertThat(FileNames.forDisplay("Beschlu\u00DF Ermittlungsrichte\u0301r.pdf"))
			.isEqualTo("Beschluß Ermittlungsrichtér.pdf");
	}

}
