package dev.writ.intake.internal;

import static dev.writ.shared.validation.InvalidInput.require;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import dev.writ.intake.DemandMessage;
import dev.writ.intake.DemandMessages;
import dev.writ.intake.MessagePosted;
import dev.writ.shared.validation.InvalidInput;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class MessageService implements DemandMessages {

	static final int MAX_LENGTH = 10_000;

	private final DemandRepository demands;

	private final MessageStore messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MessageService(DemandRepository demands, MessageStore messages, ApplicationEventPublisher events, Clock clock) {
		this.demands = demands;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public DemandMessage post(String reference, UUID authorId, boolean fromStaff, String body, String actor) {
		require(body != null && !body.isBlank(), "body", "write a message");
		require(body.length() <= MAX_LENGTH, "body", "at most " + MAX_LENGTH + " characters");
		Demand demand = demand(reference);
		DemandMessage message = new DemandMessage(UUID.randomUUID(), authorId, fromStaff, body.strip(),
				this.clock.instant());
		this.messages.add(demand.id(), message);
		this.events
			.publishEvent(new MessagePosted(demand.id(), reference, demand.agencyId(), message.id(), fromStaff, actor));
		return message;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DemandMessage> messages(String reference) {
		return this.messages.of(demand(reference).id());
	}

	private Demand demand(String reference) {
		return this.demands.findByReference(reference)
			.orElseThrow(() -> new InvalidInput("reference", "no demand " + reference));
	}

}
