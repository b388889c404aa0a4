package dev.writ.secrecy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.writ.secrecy.NoticeEmbargo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * legal-rules.md SCA-10: an order is in force while its expiry lies after the day in
 * question; on the expiry date itself it has expired; an order without an end date binds
 * until lifted.
 */
class SecrecyOrderEmbargoTests {

	static final LocalDate EXPIRY = LocalDate.of(2027, 3, 4);

	@Test
	void the_day_before_expiry_notice_is_still_embargoed() {
		assertThat(order(EXPIRY).embargoOn(EXPIRY.minusDays(1))).isEqualTo(new NoticeEmbargo.Until(EXPIRY));
	}

	@Test
	void on_the_expiry_date_notice_may_be_given() {
		assertThat(order(EXPIRY).embargoOn(EXPIRY).permitsNotice()).isTrue();
	}

	@Test
	void an_order_without_an_end_date_embargoes_notice_indefinitely() {
		assertThat(order(null).embargoOn(LocalDate.of(2040, 1, 1))).isInstanceOf(NoticeEmbargo.Indefinite.class);
	}

	@Test
	void a_lifted_order_no_longer_embargoes_notice() {
		// given
		SecrecyOrder lifted = new SecrecyOrder(UUID.randomUUID(), UUID.randomUUID(), "18 U.S.C. 2705(b)", null, EXPIRY,
				null, OrderStatus.LIFTED, Instant.EPOCH);
		// then
		assertThat(lifted.embargoOn(EXPIRY.minusDays(30)).permitsNotice()).isTrue();
	}

	private static SecrecyOrder order(LocalDate expiry) {
		return SecrecyOrder.record(UUID.randomUUID(), "18 U.S.C. 2705(b)", expiry, Instant.EPOCH);
	}

}
