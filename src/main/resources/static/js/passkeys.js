"use strict";
// Passkeys (WebAuthn) for Writ's own pages: sign in on the sign-in page, add one on
// /account/passkeys. The server side is Spring Security's WebAuthn support; this file only
// carries the browser's half of the two ceremonies. No inline scripts: the CSP allows 'self'.
(() => {
  const base64url = {
    encode(buffer) {
      const base64 = window.btoa(String.fromCharCode(...new Uint8Array(buffer)));
      return base64.replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
    },
    decode(text) {
      const binary = window.atob(text.replace(/-/g, "+").replace(/_/g, "/"));
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) {
        bytes[i] = binary.charCodeAt(i);
      }
      return bytes.buffer;
    }
  };

  function csrfHeaders() {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { [header.content]: token.content } : {};
  }

  function post(url, body) {
    const options = {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/json", ...csrfHeaders() }
    };
    if (body !== undefined) {
      options.body = JSON.stringify(body);
    }
    return fetch(url, options);
  }

  async function json(response, what) {
    if (!response.ok) {
      throw new Error(`${what} failed (HTTP ${response.status})`);
    }
    return response.json();
  }

  function showError(element, message) {
    element.textContent = message;
    element.hidden = false;
    element.focus();
  }

  const decodeDescriptors = (list) => (list || []).map((c) => ({ ...c, id: base64url.decode(c.id) }));

  // Adding a passkey: options from the server, the authenticator creates a key pair, the
  // server verifies and stores the public key under the name the user gave.
  async function register(form, label) {
    const options = await json(await post(form.dataset.optionsUrl), "Getting registration options");
    const publicKey = {
      ...options,
      user: { ...options.user, id: base64url.decode(options.user.id) },
      challenge: base64url.decode(options.challenge),
      excludeCredentials: decodeDescriptors(options.excludeCredentials)
    };
    const created = await navigator.credentials.create({ publicKey });
    const response = created.response;
    const credential = {
      id: created.id,
      rawId: base64url.encode(created.rawId),
      response: {
        attestationObject: base64url.encode(response.attestationObject),
        clientDataJSON: base64url.encode(response.clientDataJSON),
        transports: response.getTransports ? response.getTransports() : []
      },
      type: created.type,
      clientExtensionResults: created.getClientExtensionResults(),
      authenticatorAttachment: created.authenticatorAttachment
    };
    const result = await json(await post(form.dataset.registerUrl, { publicKey: { credential, label } }),
      "Saving the passkey");
    if (!result.success) {
      throw new Error("the server did not accept the passkey");
    }
  }

  function setUpRegistration(form) {
    const error = document.getElementById("passkey-error");
    const labelInput = document.getElementById("passkey-label");
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      error.hidden = true;
      labelInput.removeAttribute("aria-invalid");
      const label = labelInput.value.trim();
      if (!label || label.length > 100) {
        labelInput.setAttribute("aria-invalid", "true");
        showError(error, "Give the passkey a name of up to 100 characters.");
        return;
      }
      try {
        await register(form, label);
        window.location.assign(form.dataset.doneUrl);
      } catch (err) {
        console.error(err);
        showError(error, `The passkey was not added: ${err.message}. You can try again.`);
      }
    });
  }

  // Signing in: the authenticator signs the server's challenge with a passkey it holds for
  // Writ; the server checks the signature and signs the user in, both factors at once.
  async function signIn(section) {
    const options = await json(await post(section.dataset.optionsUrl), "Getting sign-in options");
    const publicKey = {
      ...options,
      challenge: base64url.decode(options.challenge),
      allowCredentials: decodeDescriptors(options.allowCredentials)
    };
    const assertion = await navigator.credentials.get({ publicKey });
    const response = assertion.response;
    const body = {
      id: assertion.id,
      rawId: base64url.encode(assertion.rawId),
      response: {
        authenticatorData: base64url.encode(response.authenticatorData),
        clientDataJSON: base64url.encode(response.clientDataJSON),
        signature: base64url.encode(response.signature),
        userHandle: response.userHandle ? base64url.encode(response.userHandle) : undefined
      },
      type: assertion.type,
      clientExtensionResults: assertion.getClientExtensionResults(),
      authenticatorAttachment: assertion.authenticatorAttachment
    };
    return post(section.dataset.signInUrl, body);
  }

  function setUpSignIn(section) {
    const error = document.getElementById("passkey-error");
    section.hidden = false;
    document.getElementById("passkey-sign-in").addEventListener("click", async () => {
      error.hidden = true;
      let answer;
      try {
        answer = await signIn(section);
      } catch (err) {
        console.error(err);
        showError(error, "No passkey was used. Try again, or sign in with your password.");
        return;
      }
      const result = await answer.json().catch(() => ({}));
      if (answer.ok && result.authenticated) {
        window.location.assign(result.redirectUrl);
      } else if (result.reason === "locked" || result.reason === "disabled") {
        window.location.assign(`${section.dataset.signInPage}?${result.reason}`);
      } else {
        showError(error, "That passkey was not accepted. Try again, or sign in with your password.");
      }
    });
  }

  const registration = document.getElementById("passkey-register");
  if (!window.PublicKeyCredential) {
    if (registration) {
      showError(document.getElementById("passkey-error"), "This browser cannot use passkeys.");
    }
    return;
  }
  if (registration) {
    setUpRegistration(registration);
  }
  const signInSection = document.getElementById("passkey-sign-in-section");
  if (signInSection) {
    setUpSignIn(signInSection);
  }
})();
