package dev.writ.agency.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AgencyRepository extends ListCrudRepository<Agency, UUID> {

	@Query("select a.* from agency a join agency_domain d on d.agency_id = a.id where d.domain = :domain")
	Optional<Agency> findByDomain(String domain);

	@Query("select * from agency order by country, name")
	List<Agency> findAllOrdered();

}
