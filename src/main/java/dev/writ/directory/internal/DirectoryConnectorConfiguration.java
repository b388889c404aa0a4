package dev.writ.directory.internal;

import dev.writ.directory.spi.DirectoryConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which systems answer the directory: with {@code writ.directory.connector=demo} (the
 * default) the demo connector and its fictitious accounts, otherwise the provider's own
 * {@link DirectoryConnector} bean. The log says at start-up when the demo answers, since
 * real decisions must never rest on its facts.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryConnectorConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DirectoryConnectorConfiguration.class);

	@Bean
	@ConditionalOnProperty(name = SelectedConnector.PROPERTY, havingValue = SelectedConnector.DEMO,
			matchIfMissing = true)
	DemoDirectoryConnector demoDirectoryConnector() {
		DemoDirectoryConnector demo = DemoDirectoryConnector.fromClasspath();
		log.warn("Account directory: demo connector, {} identifiers of Contoso Cloud's fictitious accounts "
				+ "(set WRIT_DIRECTORY_CONNECTOR and provide a DirectoryConnector bean to use your own systems)",
				demo.size());
		return demo;
	}

	@Bean
	SelectedConnector selectedConnector(
			@Value("${" + SelectedConnector.PROPERTY + ":" + SelectedConnector.DEMO + "}") String setting,
			ObjectProvider<DirectoryConnector> connectors) {
		return SelectedConnector.choose(setting, connectors.orderedStream().toList());
	}

}
