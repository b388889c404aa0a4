package dev.writ.review.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ReviewCaseRepository extends ListCrudRepository<ReviewCase, UUID> {

	Optional<ReviewCase> findByDemandReference(String demandReference);

	boolean existsByDemandId(UUID demandId);

	@Query("select * from review_case where state not in ('CLOSED', 'WITHDRAWN')")
	List<ReviewCase> findOpen();

}
