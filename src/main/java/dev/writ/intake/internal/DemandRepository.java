package dev.writ.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DemandRepository extends ListCrudRepository<Demand, UUID> {

	@Query("select * from demand where agency_id = :agencyId order by received_at desc")
	List<Demand> findByAgency(UUID agencyId);

	@Query("select * from demand where status not in ('WITHDRAWN', 'CLOSED', 'REJECTED', 'REDIRECTED', 'ROUTED_TO_MLAT') "
			+ "order by received_at")
	List<Demand> findOpen();

	Optional<Demand> findByReference(String reference);

	@Query("select reference from demand where received_on between :first and :last order by received_at")
	List<String> findReferencesReceivedBetween(LocalDate first, LocalDate last);

	@Query("select nextval('demand_reference_seq')")
	long nextReferenceNumber();

	@Query("select count(*) from demand where agency_id = :agencyId")
	long countByAgency(UUID agencyId);

	@Query("select count(*) from demand where submitted_by = :officerId and received_at >= :since")
	long countSubmittedBySince(UUID officerId, Instant since);

}
