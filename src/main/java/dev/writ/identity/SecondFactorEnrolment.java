package dev.writ.identity;

/**
 * What the enrolment page shows: the authenticator secret (for typing into an app) and
 * the same as a QR code (a PNG data URI).
 */
public record SecondFactorEnrolment(String secret, String qrCodeDataUri) {

}
