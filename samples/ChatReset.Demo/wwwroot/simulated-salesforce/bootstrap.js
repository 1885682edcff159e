/*
 * Simulated Salesforce client: NOT Salesforce code. A stand-in for {SiteUrl}/assets/js/bootstrap.min.js that
 * mimics the public behaviour of Enhanced Chat (Messaging for In-App and Web) as documented in
 * shared/reference/salesforce-embedded-messaging.md, so the demo and the browser tests run without an org:
 * - embeddedservice_bootstrap.settings, init() working once per script load (a second call only warns);
 * - the events on window with their real names and detail shapes (SessionStatusUpdate's entryPayload is a JSON string);
 * - userVerificationAPI.clearSession() returning a Promise that removes the chat window and button and the
 *   `${orgId}_WEB_STORAGE` keys, then fires onEmbeddedMessagingReady again and re-creates the button, focused;
 * - utilAPI.launchChat/hideChatButton/showChatButton;
 * - the flaw ChatReset fixes: after a session ended the window stays open, and sending a message in it silently
 *   starts a new session.
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
  var orgId = null;
  var chatButton = null;
  var chatWindow = null;
  var transcript = null;
  var conversationId = null;
  var status = null;
  var entrySequence = 0;

  var sim = (w.simulatedSalesforce = {
    initCalls: 0,
    languageAtInit: null,
    sessionsStarted: 0,
    clearSessionCalls: 0,
    // 'resolve' (like Salesforce), 'reject' (fails) or 'hang' (never settles): lets tests prove ChatReset copes.
    clearSessionMode: 'resolve',
    get status() {
      return status;
    },
    get ready() {
      return ready;
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
    // Sends a raw session-status server event, e.g. a repeated, differently cased or malformed one.
    emitStatusEntry: function (entryPayload) {
      fire('onEmbeddedMessagingSessionStatusUpdate', { conversationEntry: { entryType: 'SessionStatusChanged', entryPayload: entryPayload } });
    },
    emitEvent: function (name, detail) {
      fire(name, detail);
    }
  });

  function fire(name, detail) {
    w.dispatchEvent(new CustomEvent(name, { detail: detail }));
    w.dispatchEvent(new CustomEvent('simulatedsalesforcechange'));
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

  function setStatus(next, endedByRole) {
    var payload = { entryType: 'SessionStatusChanged', sessionStatus: next };
    if (status) payload.sessionStatusPrev = status;
    if (endedByRole) payload.sessionEndedByRole = endedByRole;
    status = next;
    fire('onEmbeddedMessagingSessionStatusUpdate', serverEntry('SessionStatusChanged', payload));
  }

  function storeSession() {
    var value = JSON.stringify({ conversationId: conversationId });
    w.localStorage.setItem(orgId + '_WEB_STORAGE', value);
    w.sessionStorage.setItem(orgId + '_WEB_STORAGE', value);
  }

  function startSession() {
    if (!conversationId) {
      conversationId = 'sim-' + Math.random().toString(36).slice(2);
      storeSession();
      fire('onEmbeddedMessagingConversationStarted', { conversationId: conversationId });
    }
    sim.sessionsStarted += 1;
    setStatus('Waiting');
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
      openWindow();
    });
    d.body.append(chatButton);
    if (focus) chatButton.focus();
    fire('onEmbeddedMessagingButtonCreated', { buttonVisibility: 'Show' });
  }

  function openWindow() {
    if (!chatWindow) {
      chatWindow = element('section', 'sim-chat__window');
      chatWindow.setAttribute('aria-label', 'Simulated Salesforce chat');
      var header = element('header', 'sim-chat__header', 'Simulated Salesforce chat');
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
      fire('onEmbeddedMessagingWindowMaximized', {});
    }
    if (!conversationId || status === null) startSession();
    chatWindow.querySelector('input').focus();
  }

  function removeComponents() {
    if (chatWindow) chatWindow.remove();
    if (chatButton) chatButton.remove();
    chatWindow = chatButton = transcript = null;
  }

  function becomeReady(focusButton) {
    ready = true;
    fire('onEmbeddedMessagingReady', {});
    if (!bootstrap.settings.hideChatButtonOnLoad || focusButton) createButton(focusButton);
  }

  function requireReady() {
    return ready ? null : Promise.reject(NOT_READY);
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
      orgId = org;
      sim.languageAtInit = bootstrap.settings.language;
      var styles = element('link');
      styles.rel = 'stylesheet';
      styles.href = '/simulated-salesforce/bootstrap.css';
      d.head.append(styles);
      setTimeout(function () {
        becomeReady(false);
      }, 10);
    },

    userVerificationAPI: {
      clearSession: function () {
        sim.clearSessionCalls += 1;
        var notReady = requireReady();
        if (notReady) return notReady;
        if (sim.clearSessionMode === 'reject') return Promise.reject(new Error('Simulated clearSession failure'));
        if (sim.clearSessionMode === 'hang') return new Promise(function () {});
        return new Promise(function (resolve) {
          setTimeout(function () {
            removeComponents();
            conversationId = null;
            status = null;
            w.localStorage.removeItem(orgId + '_WEB_STORAGE');
            w.sessionStorage.removeItem(orgId + '_WEB_STORAGE');
            ready = false;
            resolve();
            setTimeout(function () {
              becomeReady(true);
            }, 10);
          }, 20);
        });
      }
    },

    utilAPI: {
      launchChat: function () {
        var notReady = requireReady();
        if (notReady) return notReady;
        if (!chatButton) return Promise.reject(new Error('No chat button'));
        openWindow();
        return Promise.resolve(true);
      },
      hideChatButton: function () {
        if (!ready || !chatButton) return false;
        chatButton.hidden = true;
        return true;
      },
      showChatButton: function () {
        if (!ready || !chatButton) return false;
        chatButton.hidden = false;
        return true;
      }
    }
  });
})(window, document);
