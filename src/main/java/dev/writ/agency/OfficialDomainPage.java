package dev.writ.agency;

import java.util.List;

/**
 * One page of a search of the candidate official domains.
 *
 * @param page counted from 1
 * @param total how many domains match the query on all pages
 */
public record OfficialDomainPage(List<OfficialDomainView> domains, String query, int page, int pageSize, long total) {

	public OfficialDomainPage {
		domains = List.copyOf(domains);
	}

	public long pages() {
		return Math.max(1, (this.total + this.pageSize - 1) / this.pageSize);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < pages();
	}

	/**
	 * Position of the first domain on this page among all matches, from 1; 0 when none.
	 */
	public long firstShown() {
		return this.domains.isEmpty() ? 0 : (long) (this.page - 1) * this.pageSize + 1;
	}

	public long lastShown() {
		return this.domains.isEmpty() ? 0 : firstShown() + this.domains.size() - 1;
	}

}
