package dev.writ.demo;

import java.time.Clock;

import dev.writ.identity.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Demo only: the second-factor pages show the current code, so the demo can be tried
 * without an authenticator app: for a demo account its known secret, while enrolling the
 * secret on the page. Lives on the test classpath: the production jar has no such hint.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoSecondFactorHint implements WebMvcConfigurer {

	private final Clock clock;

	/** The last time step whose code was shown, per demo user. */
	private final java.util.Map<String, Long> shown = new java.util.concurrent.ConcurrentHashMap<>();

	DemoSecondFactorHint(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Hint()).addPathPatterns("/second-factor", "/second-factor/enrol");
	}

	private final class Hint implements HandlerInterceptor {

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView view) {
			if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")) {
				return;
			}
			Object enrolment = view.getModel().get("enrolment");
			String code = (enrolment != null) ? codeWhileEnrolling(enrolment) : codeOfDemoAccount();
			if (code != null) {
				view.addObject("demoCode", code);
			}
		}

		private String codeWhileEnrolling(Object enrolment) {
			String secret = ((dev.writ.identity.SecondFactorEnrolment) enrolment).secret();
			return DemoSecrets.codeAt(secret, DemoSecondFactorHint.this.clock);
		}

		private String codeOfDemoAccount() {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
				return null;
			}
			boolean demo = DemoLogin.ALL.stream().anyMatch(login -> login.username().equals(user.getUsername()));
			return demo ? unusedCode(user.getUsername()) : null;
		}

		/**
		 * A code is good once: a second sign-in within the same 30 seconds is shown the
		 * next step's code, which the server's drift window also accepts.
		 */
		private String unusedCode(String username) {
			long now = DemoSecrets.stepAt(DemoSecondFactorHint.this.clock);
			long step = DemoSecondFactorHint.this.shown.merge(username, now,
					(last, current) -> Math.min(Math.max(current, last + 1), current + 1));
			return DemoSecrets.codeAtStep(DemoSecrets.secretFor(username), step);
		}

	}

}
