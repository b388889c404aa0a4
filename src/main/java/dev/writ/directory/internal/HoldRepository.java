package dev.writ.directory.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface HoldRepository extends ListCrudRepository<Hold, UUID> {

	/** Every hold on the identifiers with these keys, oldest first. */
	List<Hold> findByIdentifierKeyInOrderByPlacedAtAscIdAsc(Collection<String> keys);

	/** The holds an account has for one demand, whatever their status. */
	List<Hold> findByIdentifierKeyAndDemandReference(String key, String demandReference);

}
