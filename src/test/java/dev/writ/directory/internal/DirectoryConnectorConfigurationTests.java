package dev.writ.directory.internal;

import dev.writ.directory.AccountFacts;
import dev.writ.directory.LegalHold;
import dev.writ.directory.spi.DirectoryConnector;
import dev.writ.shared.legal.IdentifierType;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code writ.directory.connector} picks the systems that answer: the demo directory, or
 * the provider's own connector bean, which must then exist, once.
 */
class DirectoryConnectorConfigurationTests {

	final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(DirectoryConnectorConfiguration.class);

	@Test
	void without_a_setting_the_demo_directory_answers() {
		this.context.run(started -> assertThat(started.getBean(SelectedConnector.class).connector())
			.isInstanceOf(DemoDirectoryConnector.class));
	}

	@Test
	void with_demo_the_demo_directory_answers_even_beside_a_provider_connector() {
		this.context.withPropertyValues("writ.directory.connector=demo")
			.withBean(ProviderConnector.class)
			.run(started -> assertThat(started.getBean(SelectedConnector.class).connector())
				.isInstanceOf(DemoDirectoryConnector.class));
	}

	@Test
	void with_another_value_the_provider_connector_answers_and_the_demo_is_not_loaded() {
		this.context.withPropertyValues("writ.directory.connector=contoso-graph")
			.withBean(ProviderConnector.class)
			.run(started -> {
				assertThat(started.getBean(SelectedConnector.class).connector()).isInstanceOf(ProviderConnector.class);
				assertThat(started).doesNotHaveBean(DemoDirectoryConnector.class);
			});
	}

	@Test
	void with_another_value_and_no_provider_connector_start_up_fails_with_one_line_naming_the_property() {
		this.context.withPropertyValues("writ.directory.connector=contoso-graph").run(started -> {
			assertThat(started).hasFailed();
			FailureAnalysis analysis = new MissingDirectoryConnectorFailureAnalyzer()
				.analyze(started.getStartupFailure());
			assertThat(analysis.getDescription()).isEqualTo("writ.directory.connector (WRIT_DIRECTORY_CONNECTOR) is "
					+ "'contoso-graph' but no DirectoryConnector bean is defined: implement "
					+ "dev.writ.directory.spi.DirectoryConnector as a bean, or set writ.directory.connector to demo "
					+ "for the demo directory");
		});
	}

	@Test
	void with_two_provider_connectors_start_up_fails_naming_both() {
		this.context.withPropertyValues("writ.directory.connector=contoso-graph")
			.withBean("first", ProviderConnector.class)
			.withBean("second", ProviderConnector.class)
			.run(started -> assertThat(started).getFailure()
				.rootCause()
				.isInstanceOf(MissingDirectoryConnector.class)
				.hasMessageContaining("2 DirectoryConnector beans are defined")
				.hasMessageContaining(ProviderConnector.class.getName()));
	}

	static class ProviderConnector implements DirectoryConnector {

		@Override
		public AccountFacts lookup(String identifier, IdentifierType type) {
			return AccountFacts.notFound();
		}

		@Override
		public void placeHold(LegalHold hold) {
		}

		@Override
		public void extendHold(LegalHold hold) {
		}

		@Override
		public void releaseHold(LegalHold hold) {
		}

	}

}
