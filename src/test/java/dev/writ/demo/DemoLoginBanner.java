package dev.writ.demo;

import java.io.PrintStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Prints where the demo runs and who can sign in, once the portal is ready.
 */
@Component
@Profile("demo")
class DemoLoginBanner {

	private final boolean commandLine;

	DemoLoginBanner(@Value("${writ.command-line:false}") boolean commandLine) {
		this.commandLine = commandLine;
	}

	@EventListener
	@Order(1)
	void print(ApplicationReadyEvent ready) {
		if (!this.commandLine) {
			print(System.out, ready.getApplicationContext().getEnvironment().getProperty("local.server.port"));
		}
	}

	void print(PrintStream out, String port) {
		out.println();
		out.println("  Writ demo is running at http://localhost:" + port);
		out.println("  Database: embedded PostgreSQL on localhost:" + DemoDatabase.DEFAULT_PORT
				+ " (user postgres), data in ./data/pg");
		out.println();
		out.println("  Demo logins (password for all: " + DemoLogin.PASSWORD + ")");
		for (DemoLogin login : DemoLogin.ALL) {
			String where = (login.agency() != null) ? login.agency().name() : "Contoso Cloud, Inc.";
			out.printf("    %-9s %-38s %s%n", login.role().name().toLowerCase(java.util.Locale.ROOT), login.username(),
					where);
		}
		out.println();
	}

}
