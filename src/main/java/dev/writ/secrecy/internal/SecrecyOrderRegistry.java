package dev.writ.secrecy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import dev.writ.intake.DemandReceived;
import dev.writ.intake.LegalProcess.NondisclosureOrder;
import dev.writ.secrecy.NoticeEmbargo;
import dev.writ.secrecy.SecrecyOrderRecorded;
import dev.writ.secrecy.SecrecyOrderView;
import dev.writ.secrecy.SecrecyOrders;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SecrecyOrderRegistry implements SecrecyOrders {

	private final SecrecyOrderRepository orders;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SecrecyOrderRegistry(SecrecyOrderRepository orders, ApplicationEventPublisher events, Clock clock) {
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Delivered at least once: a second delivery finds the order already there and does
	 * nothing.
	 */
	@ApplicationModuleListener
	void on(DemandReceived received) {
		NondisclosureOrder order = received.nondisclosureOrder();
		if (!order.present() || this.orders.existsByDemandId(received.demandId())) {
			return;
		}
		SecrecyOrder saved = this.orders
			.save(SecrecyOrder.record(received.demandId(), order.statute(), order.expires(), this.clock.instant()));
		String expires = (order.expires() != null) ? order.expires().toString() : null;
		this.events.publishEvent(
				new SecrecyOrderRecorded(saved.id(), received.reference(), order.statute(), expires, received.actor()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SecrecyOrderView> forDemand(UUID demandId) {
		return this.orders.findByDemandId(demandId).map(SecrecyOrder::view);
	}

	@Override
	@Transactional(readOnly = true)
	public NoticeEmbargo embargoFor(UUID demandId, LocalDate day) {
		return this.orders.findByDemandId(demandId)
			.map(order -> order.embargoOn(day))
			.orElseGet(NoticeEmbargo.None::new);
	}

}
