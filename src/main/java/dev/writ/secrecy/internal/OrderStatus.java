package dev.writ.secrecy.internal;

/**
 * Whether a secrecy order still binds (an expired order is still IN_FORCE; its date
 * decides).
 */
enum OrderStatus {

	/** Binding until its expiry date, if it has one. */
	IN_FORCE,
	/** Lifted by the court before its expiry. */
	LIFTED

}
