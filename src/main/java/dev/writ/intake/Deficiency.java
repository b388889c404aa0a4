package dev.writ.intake;

/**
 * One thing the requester must fix, in words they can act on, with the rule and the law
 * behind it.
 */
public record Deficiency(String code, String message, String rule, String citation) {

}
