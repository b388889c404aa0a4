package dev.writ.secrecy.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface SecrecyOrderRepository extends ListCrudRepository<SecrecyOrder, UUID> {

	Optional<SecrecyOrder> findByDemandId(UUID demandId);

	boolean existsByDemandId(UUID demandId);

}
