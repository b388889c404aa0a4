package dev.writ.agency.internal.vetting;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LookalikeIndexTests {

	@Test
	void when_several_officials_are_as_close_a_verified_one_is_named() {
		// given
		LookalikeIndex index = new LookalikeIndex(List.of("abc-pd.gov"), List.of("abd-pd.gov", "abe-pd.gov"));
		// when
		Resemblance resemblance = index.resemblance(DomainName.of("abx-pd.gov")).orElseThrow();
		// then
		assertThat(resemblance).isEqualTo(new Resemblance("abc-pd.gov", Resemblance.Kind.EDIT_DISTANCE, 1));
	}

	@Test
	void the_nearest_official_wins_over_a_verified_one_further_away() {
		// given
		LookalikeIndex index = new LookalikeIndex(List.of("springfield.gov"), List.of("springfeld.gov"));
		// when
		Resemblance resemblance = index.resemblance(DomainName.of("springfeid.gov")).orElseThrow();
		// then
		assertThat(resemblance.official()).isEqualTo("springfeld.gov");
		assertThat(resemblance.distance()).isEqualTo(1);
	}

	@Test
	void the_piece_filter_never_loses_a_name_within_two_edits() {
		// given random names, and random one- and two-edit variants of them
		Random random = new Random(20261122);
		List<String> officials = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			officials.add(randomName(random, 3 + random.nextInt(20)) + ".gov");
		}
		LookalikeIndex index = new LookalikeIndex(List.of(), officials);
		BoundedLevenshtein levenshtein = new BoundedLevenshtein();
		// when / then
		for (int i = 0; i < 4000; i++) {
			String variant = mutate(random, officials.get(random.nextInt(officials.size())), 1 + random.nextInt(2));
			boolean expected = !officials.contains(variant)
					&& officials.stream().anyMatch(official -> withinReach(levenshtein, variant, official));
			assertThat(index.resemblance(DomainName.of(variant)).isPresent()).as(variant).isEqualTo(expected);
		}
	}

	private static boolean withinReach(BoundedLevenshtein levenshtein, String variant, String official) {
		int max = (official.length() < OfficialName.LENGTH_FOR_TWO_EDITS) ? 1 : 2;
		return levenshtein.distance(variant, official, max) <= max;
	}

	/**
	 * Letters only in the changed part, so no look-alike folding or embedding interferes.
	 */
	private static String mutate(Random random, String official, int edits) {
		StringBuilder name = new StringBuilder(official.substring(0, official.length() - 4));
		for (int edit = 0; edit < edits; edit++) {
			int at = random.nextInt(name.length());
			switch (random.nextInt(3)) {
				case 0 -> name.setCharAt(at, letter(random));
				case 1 -> name.insert(at, letter(random));
				default -> name.deleteCharAt((name.length() > 1) ? at : 0);
			}
			if (name.isEmpty()) {
				name.append(letter(random));
			}
		}
		return name + ".gov";
	}

	private static String randomName(Random random, int length) {
		StringBuilder name = new StringBuilder();
		for (int i = 0; i < length; i++) {
			name.append(letter(random));
		}
		return name.toString();
	}

	/** Letters that fold to themselves: no m, r, n, v, w (rn, vv) nor digits. */
	private static char letter(Random random) {
		return "abcdefghijklopqstuxyz".charAt(random.nextInt(21));
	}

}
