package dev.writ.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Refusals of the API written by the security chain itself, before any controller runs:
 * RFC 9457 problem JSON, never an HTML page.
 */
final class ApiProblems {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ApiProblems() {
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	/** 401 with a {@code WWW-Authenticate: Bearer} challenge. */
	static void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer realm=\"writ\", error=\"invalid_token\"");
		write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
	}

	static void write(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		ObjectNode problem = JSON.createObjectNode();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(problem));
	}

}
