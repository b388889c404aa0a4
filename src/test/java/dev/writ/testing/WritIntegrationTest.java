package dev.writ.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring test context every integration test shares: the whole application on a
 * random port, on PostgreSQL, with the demo data, a clock tests can move and the fixed
 * test document key ({@link TestDocumentStore}). Sharing it keeps the suite fast; tests
 * therefore never assume empty tables.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { TestDocumentStore.KEY_PROPERTY, TestDocumentStore.PATH_PROPERTY,
				"writ.webauthn.allowed-origins=http://localhost:${local.server.port}" })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import(TestClockConfiguration.class)
public @interface WritIntegrationTest {

}
