package dev.writ.registration.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RegistrationRepository extends ListCrudRepository<OfficerRegistration, UUID> {

	Optional<OfficerRegistration> findByTokenHash(String tokenHash);

	@Query("select * from officer_registration where email = :email and status in ('UNVERIFIED', 'VERIFIED')")
	Optional<OfficerRegistration> findOpen(String email);

	@Query("select * from officer_registration where status = 'VERIFIED' order by submitted_at")
	List<OfficerRegistration> findWaitingForVetting();

}
