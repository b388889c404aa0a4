package dev.writ.registration;

/**
 * Officers registering themselves, before any administrator has looked at them.
 */
public interface OfficerRegistrations {

	/**
	 * Registers an officer and mails a verification link. The answer is the same whether
	 * or not the address already has an account or a registration (the holder is then
	 * told by mail that someone tried), so nothing here tells who is registered.
	 * @throws dev.writ.shared.validation.InvalidInput naming the field that is wrong,
	 * including {@code email} when the address is not at a verified domain of a vetted
	 * agency; the refusal is audited and nothing is saved
	 */
	void register(NewRegistration registration, String remoteAddress);

	/**
	 * Checks a verification link without using it (a mail scanner fetching the link must
	 * not spend it).
	 */
	Verification check(String token);

	/**
	 * Uses a verification link: the address is confirmed and the registration waits for
	 * vetting. A link works once, until it expires; refusals are audited.
	 */
	Verification verify(String token, String remoteAddress);

}
