/*
 * SIMULATED Salesforce client: NOT Salesforce code. A stand-in for {SiteUrl}/assets/js/bootstrap.min.js that mimics
 * the public behaviour of Enhanced Chat (Messaging for In-App and Web; developer.salesforce.com/docs/service/
 * messaging-web/, event listeners, userVerificationAPI, utilAPI), including what Salesforce's own web client
 * (bootstrap build 254) was observed to do, so the demo and the browser tests run without an org:
 * - embeddedservice_bootstrap.settings, init() working once per script load (a second call only warns);
 * - the events on window with their real names and detail shapes (SessionStatusUpdate's entryPayload is a JSON
 *   string; server events carry the conversationId);
 * - init: Ready, then in the same task the chat button and ButtonCreated;
 * - a conversation kept in web storage (`${orgId}_WEB_STORAGE`) comes back on the next page, its window open;
 * - userVerificationAPI.clearSession(): asks the chat window ("frame") and waits for its answer with no time limit
 *   (resets at once without a window); then, in one task: the storage key re-created as "{}", window and button
 *   removed, Ready (no button yet), ChannelMenuVisibilityChanged {isVisible: true}, the button re-created,
 *   ButtonCreated, the button focused, and only then the promise resolves;
 * - utilAPI: launchChat rejects before Ready or without a button; hideChatButton returns false while the chat window
 *   exists or before the button does; showChatButton has no such check: it shows the button over an open window
 *   (the client hides its button while the window is open);
 * - prechatAPI.setHiddenPrechatFields(fields): refused before Ready; field by field, a value that is not a string,
 *   contains "javascript:" or "<script>" (any case) or is longer than the field's maximum length is dropped, the
 *   others kept until clearSession wipes them; the agent sees them when a session starts (as plain text);
 * - the flaw ChatReset fixes: after a session ended the window stays open, and sending a message in it silently
 *   starts a new session;
 * - verified mode (user verification; on when the page has <meta name="simulated-salesforce-user-verification"
 *   content="{JWKS URL}" data-issuer="{iss}">): no chat button after Ready or a reset until
 *   userVerificationAPI.setIdentityToken({ identityTokenType: "JWT", identityToken }) hands over a token whose RS256
 *   signature checks against the site's JWKS (WebCrypto), whose issuer matches and which has not expired; a stored
 *   conversation comes back only for the user (sub) it belongs to; expireToken() fires
 *   onEmbeddedMessagingIdentityTokenExpired and, without a new token within 30 s, removes the chat (the real client
 *   clears the user's data); clearSession(true) ends the verified session. Whether the real client focuses the button
 *   it creates after a token is not documented; this one does so after a reset, as in anonymous mode.
 * window.simulatedSalesforce holds the agent controls and the test hooks.
 */
(function (w, d) {
  'use strict';

  w.simulatedSalesforceLoads = (w.simulatedSalesforceLoads || 0) + 1;
  // Like the real bootstrap, loading the script again does not replace the first copy.
  if (w.embeddedservice_bootstrap) return;

  var NOT_READY = "Method can't be invoked before the onEmbeddedMessagingReady event is fired.";
  var initialized = false;
  var ready = false;
  var storageKey = null;
  var chatButton = null;
  var chatWindow = null;
  var transcript = null;
  var conversationId = null;
  var lastConversationId = null;
  var status = null;
  var entrySequence = 0;
  var waitingResets = []; // clearSession calls waiting for the chat window's answer
  var verification = null; // the page's verified-mode meta element, read at init
  var identity = null; // the verified user: { sub, exp } of the last token accepted
  var afterReset = false;
  var expiryTimer = null;

  var sim = (w.simulatedSalesforce = {
    initCalls: 0,
    languageAtInit: null,
    // The arguments of the accepted init call: which deployment the page connected to.
    initArguments: null,
    sessionsStarted: 0,
    clearSessionCalls: 0,
    // 'resolve': the chat window answers (like Salesforce); 'reject': clearSession fails; 'hang': the window never
    // answers, so clearSession waits without limit (answerClearSession() lets a test answer it later).
    clearSessionMode: 'resolve',
    // utilAPI calls the client refused (a false return or a rejected promise), by method name.
    refusedCalls: [],
    // Hidden pre-chat fields: those the client holds now (wiped by clearSession), each accepted call's fields in
    // order, and the maximum length of every field (set in Salesforce per field; one figure here).
    hiddenPrechatFields: {},
    hiddenPrechatCalls: [],
    hiddenPrechatMaxLength: 255,
    get status() {
      return status;
    },
    get ready() {
      return ready;
    },
    get conversationId() {
      return conversationId;
    },
    get verifiedSubject() {
      return identity && identity.sub;
    },
    get verified() {
      return !!verification;
    },
    tokensAccepted: 0,
    tokensRejected: [], // reasons, never tokens
    tokenExpiredAt: null,
    tokenRenewedAt: null,
    sessionsEnded: 0, // clearSession(true) calls
    // Test hook: the token has expired (Salesforce's client decides that by itself). A new one is due within 30 s.
    expireToken: function () {
      if (!identity) return false;
      identity = null;
      sim.tokenExpiredAt = Date.now();
      clearTimeout(expiryTimer);
      expiryTimer = setTimeout(function () {
        if (!identity) removeChat();
      }, 30000);
      fire('onEmbeddedMessagingIdentityTokenExpired', {});
      return true;
    },
    agentAccept: function () {
      if (status !== 'Waiting') return false;
      setStatus('Active');
      addMessage('Agent', 'Hi, this is the (simulated) agent. How can I help?');
      return true;
    },
    agentSend: function (text) {
      if (status !== 'Active') return false;
      addMessage('Agent', text || 'Is there anything else I can help with?');
      return true;
    },
    agentEnd: function () {
      if (status !== 'Waiting' && status !== 'Active') return false;
      setStatus('Ended', 'Agent');
      return true;
    },
    endUserEnd: function () {
      if (status !== 'Waiting' && status !== 'Active') return false;
      setStatus('Ended', 'EndUser');
      fire('onEmbeddedMessagingConversationClosed', serverEntry('ConversationClosed', {}));
      return true;
    },
    // Sends a raw session-status server event, e.g. a repeated, differently cased or malformed one. It names the
    // current conversation, or the last one (a late event of a cleared conversation), or the one given.
    emitStatusEntry: function (entryPayload, forConversationId) {
      fire('onEmbeddedMessagingSessionStatusUpdate', {
        conversationId: forConversationId || conversationId || lastConversationId,
        conversationEntry: { entryType: 'SessionStatusChanged', entryPayload: entryPayload }
      });
    },
    emitEvent: function (name, detail) {
      fire(name, detail);
    },
    // The chat window's answer to the clearSession calls waiting for it.
    answerClearSession: function () {
      var resets = waitingResets;
      waitingResets = [];
      resets.forEach(function (reset) {
        reset();
      });
    }
  });

  function fire(name, detail) {
    w.dispatchEvent(new CustomEvent(name, { detail: detail }));
    w.dispatchEvent(new CustomEvent('simulatedsalesforcechange'));
  }

  function refuse(method, result) {
    sim.refusedCalls.push(method);
    return result;
  }

  function serverEntry(entryType, payload) {
    entrySequence += 1;
    return {
      conversationId: conversationId,
      conversationEntry: {
        identifier: 'sim-entry-' + entrySequence,
        entryType: entryType,
        sender: { role: 'System', appType: 'conversation', subject: 'sim' },
        transcriptedTimestamp: Date.now(),
        entryPayload: JSON.stringify(payload)
      }
    };
  }

  // The simulation keeps the session status with the conversation (the real client asks its server).
  function store(value) {
    w.localStorage.setItem(storageKey, value);
    w.sessionStorage.setItem(storageKey, value);
  }

  function storeConversation() {
    store(JSON.stringify({ conversationId: conversationId, status: status, subject: identity && identity.sub }));
  }

  function setStatus(next, endedByRole) {
    var payload = { entryType: 'SessionStatusChanged', sessionStatus: next };
    if (status) payload.sessionStatusPrev = status;
    if (endedByRole) payload.sessionEndedByRole = endedByRole;
    status = next;
    storeConversation();
    fire('onEmbeddedMessagingSessionStatusUpdate', serverEntry('SessionStatusChanged', payload));
  }

  function startSession() {
    if (!conversationId) {
      conversationId = lastConversationId = 'sim-' + Math.random().toString(36).slice(2);
      storeConversation();
      fire('onEmbeddedMessagingConversationStarted', { conversationId: conversationId });
    }
    sim.sessionsStarted += 1;
    setStatus('Waiting');
    // What the agent's console shows of the hidden pre-chat fields the conversation started with.
    Object.keys(sim.hiddenPrechatFields).forEach(function (name) {
      addMessage('Context', name + ' = ' + sim.hiddenPrechatFields[name]);
    });
  }

  function element(tag, className, text) {
    var node = d.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function addMessage(who, text) {
    if (!transcript) return;
    var line = element('p', 'sim-chat__line sim-chat__line--' + who.toLowerCase());
    line.append(element('strong', null, who + ': '), d.createTextNode(text));
    transcript.append(line);
  }

  function createButton(focus) {
    chatButton = element('button', 'sim-chat__button', 'Chat');
    chatButton.type = 'button';
    chatButton.setAttribute('aria-label', 'Chat with an agent (simulated Salesforce)');
    chatButton.addEventListener('click', function () {
      fire('onEmbeddedMessagingButtonClicked', {});
      openWindow(false);
    });
    // A restored conversation's window is open: the button stays hidden behind it.
    if (chatWindow) chatButton.hidden = true;
    d.body.append(chatButton);
    fire('onEmbeddedMessagingButtonCreated', { buttonVisibility: 'Show' });
    if (focus) chatButton.focus();
  }

  function openWindow(restoring) {
    if (!chatWindow) {
      chatWindow = element('section', 'sim-chat__window');
      chatWindow.setAttribute('aria-label', 'Simulated Salesforce chat');
      var header = element('header', 'sim-chat__header', 'Simulated Salesforce chat' + (identity ? ' (verified: ' + identity.sub + ')' : ''));
      var endButton = element('button', 'sim-chat__end', 'End chat');
      endButton.type = 'button';
      endButton.addEventListener('click', sim.endUserEnd);
      header.append(endButton);
      transcript = element('div', 'sim-chat__transcript');
      transcript.setAttribute('role', 'log');
      var form = element('form', 'sim-chat__form');
      var label = element('label', 'sim-chat__label', 'Type your message');
      var input = element('input', 'sim-chat__input');
      input.type = 'text';
      input.id = 'sim-chat-input';
      input.autocomplete = 'off';
      label.htmlFor = input.id;
      form.append(label, input);
      // Enter sends, like the real message box. After an Ended status the window still takes messages, and
      // the first one silently starts a new session: the behaviour ChatReset exists to prevent.
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var text = input.value.trim();
        if (!text) return;
        input.value = '';
        if (status === 'Ended') startSession();
        addMessage('You', text);
      });
      chatWindow.append(header, transcript, form);
      d.body.append(chatWindow);
      // The window takes the button's place until it is gone (showChatButton can still show the button over it).
      if (chatButton) chatButton.hidden = true;
      fire('onEmbeddedMessagingWindowMaximized', {});
    }
    if (restoring) return;
    if (!conversationId || status === null) startSession();
    chatWindow.querySelector('input').focus();
  }

  function becomeReady() {
    ready = true;
    fire('onEmbeddedMessagingReady', {});
  }

  function removeChat() {
    if (chatWindow) chatWindow.remove();
    if (chatButton) chatButton.remove();
    chatWindow = chatButton = transcript = null;
    conversationId = null;
    status = null;
  }

  // What the client does once clearSession is answered, all in one task. A verified client forgets the token: no
  // button until the next one.
  function reset() {
    store('{}');
    sim.hiddenPrechatFields = {};
    removeChat();
    identity = null;
    afterReset = true;
    becomeReady();
    fire('onEmbeddedMessagingChannelMenuVisibilityChanged', { isVisible: true });
    if (!verification) createButton(true);
  }

  function restoreConversation() {
    var stored;
    try {
      stored = JSON.parse(w.localStorage.getItem(storageKey)) || {};
    } catch (e) {
      stored = {};
    }
    if (!stored.conversationId) return;
    // A verified conversation belongs to its user: nobody else gets it back.
    if (verification && (!identity || stored.subject !== identity.sub)) return;
    conversationId = lastConversationId = stored.conversationId;
    status = stored.status || null;
    openWindow(true);
    fire('onEmbeddedMessagingConversationOpened', {});
  }

  // Verified mode: the checks Salesforce makes on a token, with the site's published keys.
  function fromBase64Url(text) {
    var binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, function (c) {
      return c.charCodeAt(0);
    });
  }

  function checkToken(parameters) {
    return Promise.resolve().then(function () {
      if (!parameters || parameters.identityTokenType !== 'JWT') throw new Error('identityTokenType must be JWT');
      var parts = String(parameters.identityToken).split('.');
      if (parts.length !== 3) throw new Error('not a JWT');
      var header = JSON.parse(new TextDecoder().decode(fromBase64Url(parts[0])));
      var claims = JSON.parse(new TextDecoder().decode(fromBase64Url(parts[1])));
      if (header.alg !== 'RS256') throw new Error('alg must be RS256');
      return fetch(verification.content, { cache: 'no-store' })
        .then(function (response) {
          return response.json();
        })
        .then(function (jwks) {
          var key = (jwks.keys || []).filter(function (k) {
            return k.kid === header.kid;
          })[0];
          if (!key) throw new Error('no published key with this kid');
          return crypto.subtle.importKey('jwk', { kty: key.kty, n: key.n, e: key.e, alg: 'RS256', ext: true },
            { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']);
        })
        .then(function (publicKey) {
          return crypto.subtle.verify('RSASSA-PKCS1-v1_5', publicKey, fromBase64Url(parts[2]),
            new TextEncoder().encode(parts[0] + '.' + parts[1]));
        })
        .then(function (valid) {
          if (!valid) throw new Error('bad signature');
          var now = Date.now() / 1000;
          if (!(claims.exp > now)) throw new Error('expired');
          if (claims.nbf && claims.nbf > now + 60) throw new Error('not yet valid');
          if (verification.dataset.issuer && claims.iss !== verification.dataset.issuer) throw new Error('wrong issuer');
          if (!claims.sub) throw new Error('no subject');
          return claims;
        });
    });
  }

  var bootstrap = (w.embeddedservice_bootstrap = {
    settings: { language: undefined, hideChatButtonOnLoad: false },

    init: function (org, deploymentApiName, siteUrl, options) {
      sim.initCalls += 1;
      if (initialized) {
        console.warn('Attempted to initialize bootstrap multiple times');
        return;
      }
      if (!/^00D[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/.test(String(org)) || !deploymentApiName || !siteUrl || !options || !options.scrt2URL) {
        console.error('Error initializing Embedded Messaging (simulated): invalid arguments');
        return;
      }
      initialized = true;
      storageKey = org + '_WEB_STORAGE';
      verification = d.querySelector('meta[name="simulated-salesforce-user-verification"]');
      sim.languageAtInit = bootstrap.settings.language;
      sim.initArguments = { orgId: org, deploymentApiName: deploymentApiName, siteUrl: siteUrl, scrt2URL: options.scrt2URL };
      var styles = element('link');
      styles.rel = 'stylesheet';
      styles.href = '/simulated-salesforce/bootstrap.css';
      d.head.append(styles);
      if (!verification) restoreConversation();
      // Ready waits for the stylesheet, the configuration requests and the site-context frame; then, in the same
      // task, the button.
      setTimeout(function () {
        becomeReady();
        if (!bootstrap.settings.hideChatButtonOnLoad && !verification) createButton(false);
      }, 10);
    },

    userVerificationAPI: {
      setIdentityToken: function (parameters) {
        if (!ready) return Promise.reject(NOT_READY);
        if (!verification) return Promise.reject(new Error('User verification is not enabled (simulated)'));
        return checkToken(parameters).then(
          function (claims) {
            var renewed = !!sim.tokenExpiredAt && !identity;
            identity = { sub: claims.sub, exp: claims.exp };
            sim.tokensAccepted += 1;
            if (renewed) sim.tokenRenewedAt = Date.now();
            clearTimeout(expiryTimer);
            expiryTimer = setTimeout(sim.expireToken, claims.exp * 1000 - Date.now());
            if (!chatButton) {
              restoreConversation();
              createButton(afterReset);
            }
          },
          function (reason) {
            sim.tokensRejected.push(String(reason && reason.message ? reason.message : reason));
            throw reason;
          }
        );
      },
      clearSession: function (shouldEndSession) {
        sim.clearSessionCalls += 1;
        if (!ready) return Promise.reject(NOT_READY);
        if (shouldEndSession === true) sim.sessionsEnded += 1;
        if (sim.clearSessionMode === 'reject') return Promise.reject(new Error('Simulated clearSession failure'));
        return new Promise(function (resolve) {
          function answered() {
            reset();
            resolve();
          }
          // Without a chat window the client resets by itself; with one it waits for the window's answer.
          if (!chatWindow) {
            setTimeout(answered, 0);
            return;
          }
          waitingResets.push(answered);
          if (sim.clearSessionMode !== 'hang') setTimeout(sim.answerClearSession, 20);
        });
      }
    },

    prechatAPI: {
      setHiddenPrechatFields: function (fields) {
        // Salesforce's client logs and returns (no exception, no promise) when it refuses.
        if (!ready || !fields || typeof fields !== 'object') return refuse('setHiddenPrechatFields');
        var accepted = {};
        Object.keys(fields).forEach(function (name) {
          var value = fields[name];
          if (typeof value !== 'string' || /javascript:|<script>/i.test(value) || value.length > sim.hiddenPrechatMaxLength) {
            return refuse('setHiddenPrechatFields');
          }
          accepted[name] = sim.hiddenPrechatFields[name] = value;
        });
        sim.hiddenPrechatCalls.push(accepted);
      }
    },

    utilAPI: {
      launchChat: function () {
        if (!ready) return refuse('launchChat', Promise.reject(NOT_READY));
        if (!chatButton) return refuse('launchChat', Promise.reject(new Error("Default chat button isn't present")));
        openWindow(false);
        return Promise.resolve(true);
      },
      hideChatButton: function () {
        if (!ready || !chatButton || chatWindow) return refuse('hideChatButton', false);
        chatButton.hidden = true;
        return true;
      },
      showChatButton: function () {
        if (!ready || !chatButton) return refuse('showChatButton', false);
        chatButton.hidden = false;
        return true;
      }
    }
  });
})(window, document);
