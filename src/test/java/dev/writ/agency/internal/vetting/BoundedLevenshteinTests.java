package dev.writ.agency.internal.vetting;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedLevenshteinTests {

	final BoundedLevenshtein levenshtein = new BoundedLevenshtein();

	@ParameterizedTest(name = "{0} to {1}: {2}")
	@CsvSource({ "fbi.gov, fbi.gov, 0", "fbi.gov, fbl.gov, 1", "fbi.gov, fbi.com, 2", "seattle.gov, seattel.gov, 2",
			"fbi.gov, fb.gov, 1", "fbi.gov, xfbi.gov, 1", "fbi.gov, ffbii.gov, 2", "fbi.gov, irs.gov, 3",
			"fbi.gov, fbi-gov.com, 3", "a.gov, abcdefgh.gov, 3" })
	void small_distances_are_exact_and_larger_ones_are_capped_one_above_the_bound(String a, String b, int expected) {
		// when
		int distance = this.levenshtein.distance(a, b, 2);
		// then
		assertThat(distance).isEqualTo(expected);
	}

	@Test
	void it_agrees_with_the_textbook_algorithm_on_random_names() {
		// given
		Random random = new Random(42);
		for (int i = 0; i < 20_000; i++) {
			String a = randomName(random);
			String b = (random.nextBoolean()) ? randomName(random) : mutate(random, a);
			int max = 1 + random.nextInt(2);
			// when
			int distance = this.levenshtein.distance(a, b, max);
			// then
			assertThat(distance).as("%s / %s", a, b).isEqualTo(Math.min(textbook(a, b), max + 1));
		}
	}

	private static int textbook(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
			}
		}
		return d[a.length()][b.length()];
	}

	private static String randomName(Random random) {
		StringBuilder name = new StringBuilder();
		int length = 1 + random.nextInt(12);
		for (int i = 0; i < length; i++) {
			name.append((char) ('a' + random.nextInt(4)));
		}
		return name.toString();
	}

	private static String mutate(Random random, String name) {
		StringBuilder mutated = new StringBuilder(name);
		int at = random.nextInt(mutated.length());
		if (random.nextBoolean()) {
			mutated.setCharAt(at, 'z');
		}
		else {
			mutated.insert(at, 'y');
		}
		return mutated.toString();
	}

}
