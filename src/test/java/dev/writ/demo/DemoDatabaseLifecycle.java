package dev.writ.demo;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Tells the demo database which application it serves, so it stops only after the
 * application has closed. Registered by {@link WritDemo} before the application starts.
 */
class DemoDatabaseLifecycle implements ApplicationListener<ApplicationPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationPreparedEvent prepared) {
		DemoDatabase.using(prepared.getApplicationContext());
	}

}
