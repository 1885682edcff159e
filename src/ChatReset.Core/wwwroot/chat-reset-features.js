// ChatReset's optional features: hidden pre-chat fields (page context) and verified visitors. The server puts this
// script right before chat-reset.js, and only on pages that use a feature; chat-reset.js calls its entry once, with
// what the features build on, before its own listeners, so the features' listeners run first.
// Salesforce's behaviour relied on: developer.salesforce.com/docs/service/messaging-web/ (prechatAPI,
// userVerificationAPI).
((w, d) => {
  // Right after this script: the page's hidden pre-chat fields, when it has some, then the chat's configuration.
  // Only there: page content cannot choose them.
  var fields = Reflect.get(Document.prototype, 'currentScript', d).nextElementSibling;
  try {
    fields = fields.matches('[data-chat-reset-context]') && JSON.parse(fields.textContent);
  } catch (e) {
    fields = null;
  }

  // Under the symbol chat-reset.js marks itself with (page content cannot set one): the mark comes after.
  w[Symbol.for('ChatReset')] = (config, on, log, state, holdButton, clear, load) => {
    // Salesforce's user verification (developer.salesforce.com/docs/service/messaging-web/guide/user-verification.html):
    // a signed JWT is handed over after every Ready (each page load and each reset: no chat button until then), again
    // within 30 s of the expiry event, and clearSession(true) ends a verified user's session. A signed-in visitor's
    // page names its user only by an opaque marker, kept in localStorage; on a site with verification on, every page
    // has userVerification, an anonymous visitor's without a marker. A page whose marker differs (another user, or
    // nobody: signed out) ends the stored user's chat before anything else.
    var verify = config.userVerification;
    var visitor = verify && verify.visitor;
    var api = () => w.embeddedservice_bootstrap;

    function stored(value) {
      try {
        if (value != null) localStorage.ChatReset = value;
        return localStorage.ChatReset;
      } catch (e) {} // storage refused: nothing to compare, and nothing kept for the next user either
    }

    // The token itself is never logged; the request carries a header that cross-site pages cannot send unasked.
    function identify(renewing, tries) {
      fetch(verify.tokenUrl, { method: 'POST', headers: { 'X-ChatReset': 1 }, cache: 'no-store' })
        .then((response) => (response.ok ? response.text() : Promise.reject()))
        .then((token) => api().userVerificationAPI.setIdentityToken({ identityTokenType: 'JWT', identityToken: token }))
        .then(
          () => log('identity token ' + (renewing ? 'renewed' : 'set')),
          () => (++tries < 3 ? setTimeout(identify, 2000 * tries, renewing, tries) : log('identity token failed'))
        );
    }

    // The stored user's chat is not this page's: it is ended first, the page's own pending reset waits for it.
    var differs = () => verify && (stored() || visitor) != visitor;

    function ready() {
      // Salesforce takes hidden pre-chat fields only after Ready, and clearSession wipes them: every Ready, each
      // reset's included, applies them again.
      if (fields) {
        try {
          api().prechatAPI.setHiddenPrechatFields(fields);
          log('hidden pre-chat fields set');
        } catch (e) {
          log('hidden pre-chat fields failed');
        }
      }
      if (state.leaving) return;
      if (differs()) {
        state.leaving = true;
        // The page's own reset (a conversation that ended) waits; Ready fires again inside clearSession. If it fails,
        // this page sets no token: better no chat than the previous user's.
        var pending = state.ending;
        state.ending = null;
        return new Promise((resolve) => resolve(api().userVerificationAPI.clearSession(true))).then(() => {
          stored('');
          state.leaving = false;
          state.ending = pending;
          ready();
          clear();
        }, () => log('clearSession failed'));
      }
      if (visitor) {
        stored(visitor);
        identify(0, 0);
      }
    }

    on('Ready', ready);
    if (visitor) {
      // The expiry event's name differs between Salesforce's reference (IdentityTokenExpired) and its guide
      // (TokenExpired): both renew.
      on('IdentityTokenExpired', () => identify(1, 0));
      on('TokenExpired', () => identify(1, 0));
      // For a verified visitor the button only comes once the new token is set, after a reset is done: held back
      // like any other.
      on('ButtonCreated', () => {
        if (!state.clearing) holdButton();
      });
    }
    // A chat to end is ended on arrival, whether or not the chat loads on interaction.
    if (differs()) load();
  };
})(window, document);
