package dev.writ.shared.legal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A vocabulary value with a stable lower-case code, as written in scenario files, the API
 * and the register. Codes never change once published; Java names may.
 */
public interface Coded {

	String code();

	/**
	 * Parses a code into its enum constant.
	 * @throws IllegalArgumentException naming the value and every allowed code
	 */
	static <E extends Enum<E> & Coded> E parse(Class<E> type, String code) {
		for (E value : type.getEnumConstants()) {
			if (value.code().equals(code)) {
				return value;
			}
		}
		throw new IllegalArgumentException("unknown value '" + code + "'; allowed: " + allowed(type));
	}

	/** The constant with a code, if any. */
	static <E extends Enum<E> & Coded> java.util.Optional<E> find(Class<E> type, String code) {
		return Arrays.stream(type.getEnumConstants()).filter(value -> value.code().equals(code)).findFirst();
	}

	static <E extends Enum<E> & Coded> String allowed(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
	}

	static String codeOf(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}
