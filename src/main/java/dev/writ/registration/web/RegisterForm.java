package dev.writ.registration.web;

import dev.writ.registration.NewRegistration;

import org.jspecify.annotations.Nullable;

/**
 * The registration form as posted. The passwords are never sent back to the page.
 */
public class RegisterForm {

	private String name = "";

	private String email = "";

	private String jobTitle = "";

	private String deskPhone = "";

	private String password = "";

	private String confirmPassword = "";

	private @Nullable String invitation;

	NewRegistration registration() {
		return new NewRegistration(this.name, this.email, this.jobTitle, this.deskPhone, this.password,
				this.confirmPassword, this.invitation);
	}

	public String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = (name != null) ? name : "";
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(@Nullable String email) {
		this.email = (email != null) ? email : "";
	}

	public String getJobTitle() {
		return this.jobTitle;
	}

	public void setJobTitle(@Nullable String jobTitle) {
		this.jobTitle = (jobTitle != null) ? jobTitle : "";
	}

	public String getDeskPhone() {
		return this.deskPhone;
	}

	public void setDeskPhone(@Nullable String deskPhone) {
		this.deskPhone = (deskPhone != null) ? deskPhone : "";
	}

	public void setPassword(@Nullable String password) {
		this.password = (password != null) ? password : "";
	}

	public void setConfirmPassword(@Nullable String confirmPassword) {
		this.confirmPassword = (confirmPassword != null) ? confirmPassword : "";
	}

	public @Nullable String getInvitation() {
		return this.invitation;
	}

	public void setInvitation(@Nullable String invitation) {
		this.invitation = invitation;
	}

}
