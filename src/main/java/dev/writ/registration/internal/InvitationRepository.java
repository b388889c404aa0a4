package dev.writ.registration.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface InvitationRepository extends ListCrudRepository<Invitation, UUID> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	@Query("select * from officer_invitation where invited_by = :officer order by created_at desc limit 100")
	List<Invitation> findSentBy(UUID officer);

}
