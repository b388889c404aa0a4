package dev.writ.agency;

/**
 * Tells whether an e-mail address or domain is one an agency officer may register from,
 * and why not. Pure logic over the registry: it changes nothing and records nothing, so
 * callers (officer registration, demand intake) decide what a verdict means for them.
 */
public interface DomainVetting {

	/**
	 * Vets the domain of an e-mail address, or a bare domain name. Internationalised
	 * names may be given in Unicode or in their {@code xn--} form.
	 * @throws dev.writ.shared.validation.InvalidInput on field {@code address} when it is
	 * neither an e-mail address nor a domain name
	 */
	VettedDomain vet(String addressOrDomain);

}
