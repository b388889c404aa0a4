package dev.writ.secrecy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.writ.secrecy.NoticeEmbargo;
import dev.writ.secrecy.SecrecyOrderView;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A secrecy order on one demand (aggregate root).
 */
@Table("secrecy_order")
class SecrecyOrder {

	@Id
	private final UUID id;

	private final UUID demandId;

	private final String statute;

	private final String basis;

	private final LocalDate expiresOn;

	private final UUID documentId;

	private final OrderStatus status;

	private final Instant recordedAt;

	@Version
	private Integer version;

	SecrecyOrder(UUID id, UUID demandId, String statute, String basis, LocalDate expiresOn, UUID documentId,
			OrderStatus status, Instant recordedAt) {
		this.id = id;
		this.demandId = demandId;
		this.statute = statute;
		this.basis = basis;
		this.expiresOn = expiresOn;
		this.documentId = documentId;
		this.status = status;
		this.recordedAt = recordedAt;
	}

	static SecrecyOrder record(UUID demandId, String statute, LocalDate expiresOn, Instant now) {
		return new SecrecyOrder(UUID.randomUUID(), demandId, statute, null, expiresOn, null, OrderStatus.IN_FORCE, now);
	}

	/**
	 * The order binds until its expiry date; on that date notice becomes possible
	 * (legal-rules.md SCA-10: an order with "expires <= decision date" has expired).
	 */
	NoticeEmbargo embargoOn(LocalDate day) {
		if (this.status == OrderStatus.LIFTED) {
			return new NoticeEmbargo.None();
		}
		return NoticeEmbargo.ofOrder(this.expiresOn, day);
	}

	SecrecyOrderView view() {
		return new SecrecyOrderView(this.id, this.demandId, this.statute, this.basis, this.expiresOn,
				this.status == OrderStatus.LIFTED, this.recordedAt);
	}

	UUID id() {
		return this.id;
	}

}
