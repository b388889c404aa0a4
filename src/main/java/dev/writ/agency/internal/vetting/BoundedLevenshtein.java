package dev.writ.agency.internal.vetting;

/**
 * Levenshtein distance (insertions, deletions, substitutions) when it is small, computed
 * only in the diagonal band that can stay within the bound and abandoned as soon as every
 * cell of a row exceeds it: comparing two unrelated names costs a few steps. One instance
 * reuses its rows, so it belongs to one thread.
 */
final class BoundedLevenshtein {

	private int[] previous = new int[64];

	private int[] current = new int[64];

	/**
	 * The distance between {@code a} and {@code b}, or {@code max + 1} when it is greater
	 * than {@code max}.
	 */
	int distance(String a, String b, int max) {
		int n = a.length();
		int m = b.length();
		int over = max + 1;
		if (Math.abs(n - m) > max) {
			return over;
		}
		ensureCapacity(m + 2);
		// Row 0 inside the band; the rows below never read beyond it.
		for (int j = 0; j <= Math.min(m + 1, over); j++) {
			this.previous[j] = Math.min(j, over);
		}
		for (int i = 1; i <= n; i++) {
			if (row(a.charAt(i - 1), i, b, max) > max) {
				return over;
			}
			int[] swap = this.previous;
			this.previous = this.current;
			this.current = swap;
		}
		return Math.min(this.previous[m], over);
	}

	/** Fills row {@code i} inside the band; answers the row's smallest value. */
	private int row(char ai, int i, String b, int max) {
		int over = max + 1;
		int from = Math.max(1, i - max);
		int to = Math.min(b.length(), i + max);
		this.current[from - 1] = (from == 1) ? Math.min(i, over) : over;
		int smallest = this.current[from - 1];
		for (int j = from; j <= to; j++) {
			int cost = (ai == b.charAt(j - 1)) ? 0 : 1;
			int value = Math.min(Math.min(this.previous[j], this.current[j - 1]) + 1, this.previous[j - 1] + cost);
			this.current[j] = Math.min(value, over);
			smallest = Math.min(smallest, this.current[j]);
		}
		this.current[to + 1] = over;
		return smallest;
	}

	private void ensureCapacity(int size) {
		if (this.previous.length < size) {
			this.previous = new int[size * 2];
			this.current = new int[size * 2];
		}
	}

}
