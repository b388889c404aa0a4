package dev.writ.testing;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at the {@link TestDatabase} and the {@link TestMail}
 * server. Registered in {@code META-INF/spring.factories}, so no test can forget it and
 * none runs on anything but PostgreSQL.
 */
class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new TestDatabaseCustomizer();
	}

	private record TestDatabaseCustomizer() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestDatabase database = TestDatabase.get();
			Map<String, Object> properties = Map.of("spring.datasource.url", database.url(),
					"spring.datasource.username", database.user(), "spring.datasource.password", database.password(),
					"spring.mail.host", "127.0.0.1", "spring.mail.port", TestMail.port());
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("writ-test-database", properties));
			TestDatabase.using(context);
		}

	}

}
