package dev.writ;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.writ.shared.audit.Auditable;
import org.jmolecules.event.types.DomainEvent;

import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules Spring Modulith's verify() does not cover.
 */
@AnalyzeClasses(packages = "dev.writ", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureRules {

	@ArchTest
	static final ArchRule the_rules_module_is_pure_java = noClasses().that()
		.resideInAPackage("dev.writ.rules..")
		.and()
		.doNotHaveSimpleName("package-info")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "java.sql..")
		.because("the assessment engine runs offline and in tests without any framework");

	@ArchTest
	static final ArchRule only_web_code_sees_web_code = noClasses().that()
		.resideOutsideOfPackage("dev.writ..web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("dev.writ..web..");

	@ArchTest
	static final ArchRule servlet_and_mvc_types_stay_in_web_code = noClasses().that()
		.resideOutsideOfPackage("dev.writ..web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("jakarta.servlet..", "org.springframework.web..", "org.springframework.ui..");

	@ArchTest
	static final ArchRule repositories_are_module_private = noClasses().that()
		.areAssignableTo(Repository.class)
		.should()
		.bePublic();

	@ArchTest
	static final ArchRule domain_events_are_audited = classes().that()
		.implement(DomainEvent.class)
		.should()
		.implement(Auditable.class);

	@ArchTest
	static final ArchRule nothing_reads_the_wall_clock = noClasses().should()
		.callMethod(Instant.class, "now")
		.orShould()
		.callMethod(LocalDate.class, "now")
		.orShould()
		.callMethod(LocalDateTime.class, "now")
		.orShould()
		.callMethod(OffsetDateTime.class, "now")
		.orShould()
		.callMethod(ZonedDateTime.class, "now")
		.orShould()
		.callMethod(System.class, "currentTimeMillis")
		.orShould()
		.callMethod(Clock.class, "systemDefaultZone")
		.because("time comes from the one injected Clock, so tests and the engine are deterministic");

	@ArchTest
	static final ArchRule every_web_handler_states_who_may_call_it = methods().that()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(Controller.class)
		.or()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(RestController.class)
		.and()
		.areMetaAnnotatedWith(RequestMapping.class)
		.should(beGuardedByPreAuthorize())
		.because("access rules sit beside the handler they guard and none can be forgotten");

	private static ArchCondition<JavaMethod> beGuardedByPreAuthorize() {
		return new ArchCondition<>("be annotated with @PreAuthorize, or sit in a class that is") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				JavaClass owner = method.getOwner();
				boolean guarded = method.isAnnotatedWith(PreAuthorize.class)
						|| owner.isAnnotatedWith(PreAuthorize.class);
				events.add(new SimpleConditionEvent(method, guarded, method.getFullName() + " has no @PreAuthorize"));
			}
		};
	}

}
