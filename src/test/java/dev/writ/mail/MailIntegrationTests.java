package dev.writ.mail;

import java.time.Duration;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.writ.audit.AuditTrail;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.TestMail;
import dev.writ.testing.WritIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WritIntegrationTest
class MailIntegrationTests {

	@Autowired
	Mailer mailer;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MockMvc mvc;

	@Test
	void a_mail_queued_in_a_committed_transaction_reaches_the_smtp_server_and_is_audited() throws Exception {
		// given
		String recipient = "officer-" + UUID.randomUUID() + "@fbi.gov";
		var audit = AuditAssertions.mark(this.trail);
		// when
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> this.mailer
			.send(Mails.demandUpdated(recipient, "WR-2026-000042", "http://localhost/x"), "test"));
		// then
		MimeMessage received = await().atMost(Duration.ofSeconds(10))
			.until(() -> receivedBy(recipient), m -> m != null);
		assertThat(received.getSubject()).isEqualTo("Update on demand WR-2026-000042");
		assertThat(GreenMailUtil.getBody(received)).contains("Sign in to the portal");
		assertThat(statusOf(recipient)).isEqualTo("SENT");
		audit.expect(AuditAction.MAIL_QUEUED)
			.detail("recipient", recipient)
			.detail("kind", "demand_updated")
			.assertRecorded();
	}

	@Test
	void a_mail_queued_in_a_transaction_that_rolls_back_is_neither_kept_nor_sent() throws Exception {
		// given
		String recipient = "rolled-back-" + UUID.randomUUID() + "@fbi.gov";
		// when
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			this.mailer.send(Mails.emailVerification(recipient, "http://localhost/verify/x"), "test");
			status.setRollbackOnly();
		});
		// then
		assertThat(this.jdbc.sql("select count(*) from mail_outbox where recipient = ?")
			.param(recipient)
			.query(Long.class)
			.single()).isZero();
		assertThat(receivedBy(recipient)).isNull();
	}

	@Test
	@WithUserDetails("alex.admin@contoso-cloud.example")
	void administrators_read_the_outbox() throws Exception {
		String recipient = "outbox-" + UUID.randomUUID() + "@fbi.gov";
		this.mailer.send(Mails.emailVerification(recipient, "http://localhost/verify/abc"), "test");
		this.mvc.perform(get("/admin/outbox"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(recipient)));
	}

	@Test
	@WithUserDetails("dana.analyst@contoso-cloud.example")
	void analysts_may_not_read_the_outbox() throws Exception {
		this.mvc.perform(get("/admin/outbox")).andExpect(status().isForbidden());
	}

	private static MimeMessage receivedBy(String recipient) throws Exception {
		for (MimeMessage message : TestMail.server().getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(recipient)) {
				return message;
			}
		}
		return null;
	}

	private String statusOf(String recipient) {
		return this.jdbc.sql("select status from mail_outbox where recipient = ?")
			.param(recipient)
			.query(String.class)
			.single();
	}

}
