/*! ChatReset: loads Salesforce Enhanced Chat and resets it when a messaging session ends. No dependencies, no build step. */
(function (w, d) {
  'use strict';

  // A page may include the script twice (two widgets, a theme and a module): the bootstrap must still be
  // loaded and initialised once, because Salesforce's init only works once per script load.
  if (w.chatResetStarted) return;
  w.chatResetStarted = true;

  var me = d.currentScript;
  var configElement = d.querySelector('script[type="application/json"][data-chat-reset-config]');
  var notice = d.querySelector('[data-chat-reset-notice]');
  var launcher = d.querySelector('[data-chat-reset-launcher]');
  var config;
  if (!notice) return;
  try {
    config = JSON.parse(configElement.textContent);
  } catch (e) {
    return;
  }
  var text = config.text || {};
  var loading = false;
  var ready = false;
  var openWhenReady = false;
  var armed = true; // false between an Ended status and the next Waiting/Active status or conversation
  var clearing = false; // clearSession called and not settled yet
  var message = null; // the notice's message while the notice is open
  var focusBefore = null;

  // Debug output names events and steps only: never payloads, IDs or the visitor's text.
  function log(line) {
    if (!config.productionMode) console.info('[ChatReset] ' + line);
  }

  // Salesforce's APIs exist only after onEmbeddedMessagingReady and may throw or reject; the result is a
  // promise that always settles quietly, so nothing reaches the page as an uncaught error or unhandled rejection.
  function call(api, method, done) {
    return new Promise(function (resolve) {
      resolve(w.embeddedservice_bootstrap[api][method]());
    }).then(done, function () {
      log(method + ' failed');
    });
  }

  function button(kind, label) {
    var element = d.createElement('button');
    element.type = 'button';
    element.className = 'chat-reset__' + kind;
    element.setAttribute('data-chat-reset-' + kind, '');
    element.textContent = label;
    return element;
  }

  function focusMessage() {
    if (message) message.focus();
  }

  function openNotice() {
    if (message) return;
    focusBefore = d.activeElement;
    message = d.createElement('p');
    message.className = 'chat-reset__message';
    message.tabIndex = -1;
    message.textContent = text.endOfChat;
    var actions = d.createElement('div');
    actions.className = 'chat-reset__actions';
    actions.append(button('restart', text.restart), button('dismiss', text.dismiss));
    notice.replaceChildren(message, actions);
    // Focus goes to the message, never to a control: a visitor still typing must not start a chat with Enter.
    focusMessage();
  }

  function closeNotice(restart) {
    message = null;
    notice.replaceChildren();
    call('utilAPI', 'showChatButton');
    if (restart) {
      log('restart');
      // While clearSession runs, launchChat would open the ended conversation the reset is about to remove: the
      // new chat opens once the reset is done (the button Salesforce re-creates, or the settled clearSession).
      openWhenReady = true;
      if (!clearing) openIfRequested();
    } else if (focusBefore && focusBefore.isConnected && focusBefore !== d.body) {
      focusBefore.focus();
    }
  }

  function reset() {
    log('session ended, resetting');
    // Tell the visitor first: clearSession may fail or never settle, and they must know the chat is over.
    openNotice();
    call('utilAPI', 'hideChatButton');
    clearing = true;
    call('userVerificationAPI', 'clearSession', function () {
      log('reset done');
    }).then(function () {
      clearing = false;
      openIfRequested();
    });
  }

  function on(name, handler) {
    w.addEventListener('onEmbeddedMessaging' + name, function (event) {
      log(name);
      handler(event.detail || {});
    });
  }

  // launchChat rejects until Salesforce is ready AND its button exists, and Ready and ButtonCreated are two
  // events whose order is not documented: a click on the launcher is honoured by whichever comes last.
  function openIfRequested() {
    if (openWhenReady) {
      call('utilAPI', 'launchChat', function () {
        openWhenReady = false;
      });
    }
  }

  on('Ready', function () {
    ready = true;
    if (launcher) launcher.hidden = true;
    openIfRequested();
  });

  // Surprising Salesforce behaviour: after clearSession it fires Ready again, re-creates its chat button and
  // focuses it, so the next Enter from a visitor who was typing would open a new chat. While the notice is open
  // the button stays hidden and focus goes back to the notice; dismissing the notice brings the button back.
  on('ButtonCreated', function () {
    if (message) {
      call('utilAPI', 'hideChatButton');
      focusMessage();
    } else {
      openIfRequested();
    }
  });

  on('ConversationStarted', function () {
    armed = true;
  });

  on('SessionStatusUpdate', function (detail) {
    var status;
    try {
      var payload = detail.conversationEntry.entryPayload;
      status = String((typeof payload === 'string' ? JSON.parse(payload) : payload).sessionStatus).toLowerCase();
    } catch (e) {
      return;
    }
    if (status === 'ended') {
      // The event can repeat for one ended session: reset once, until a new session arms it again.
      if (armed) {
        armed = false;
        reset();
      }
    } else if (status === 'waiting' || status === 'active') {
      log('status ' + status);
      armed = true;
    }
  });

  notice.addEventListener('click', function (event) {
    var control = event.target.closest('button');
    if (control) closeNotice(control.hasAttribute('data-chat-reset-restart'));
  });
  notice.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && message) closeNotice(false);
  });

  function load() {
    if (loading) return;
    loading = true;
    log('loading bootstrap');
    var script = d.createElement('script');
    script.src = config.bootstrapUrl;
    // Salesforce's snippet uses an inline onload attribute, which a strict CSP blocks; a property handler and
    // this script's own nonce are allowed.
    if (me && me.nonce) script.nonce = me.nonce;
    script.onload = function () {
      try {
        var bootstrap = w.embeddedservice_bootstrap;
        bootstrap.settings.language = config.language;
        bootstrap.init(config.orgId, config.deploymentApiName, config.siteUrl, { scrt2URL: config.scrt2Url });
        log('init');
      } catch (e) {
        log('init failed');
      }
    };
    script.onerror = function () {
      log('bootstrap failed to load');
      // A network blip must not leave the launcher dead: the next click tries again.
      script.remove();
      loading = false;
    };
    d.head.appendChild(script);
  }

  if (config.loadOnInteraction && launcher) {
    launcher.addEventListener('click', function () {
      if (ready) {
        call('utilAPI', 'launchChat');
      } else {
        openWhenReady = true;
        load();
      }
    });
  } else {
    load();
  }
})(window, document);
