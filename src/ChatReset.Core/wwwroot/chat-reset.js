// ChatReset: loads Salesforce Enhanced Chat (Messaging for In-App and Web) and resets it when a messaging session ends.
// No dependencies, no build step. Browsers: current evergreen ones, at least Chrome and Edge 108, Firefox 101,
// Safari 15.4 (ES2017 syntax; replaceChildren, queueMicrotask; the stylesheet's dvh sets the floor).
// Salesforce's behaviour relied on: developer.salesforce.com/docs/service/messaging-web/ (event listeners,
// userVerificationAPI, utilAPI).
((w, d) => {
  // A page may include the script twice (two widgets, a theme and a module): the bootstrap must still be loaded
  // and initialised once, because Salesforce's init only works once per script load. The mark is a symbol, which
  // page content cannot set: an element with id="chatResetStarted" makes window.chatResetStarted truthy. Before the
  // mark, the symbol may hold the entry of the optional features (chat-reset-features.js, which runs first).
  var name = 'ChatReset';
  var started = Symbol.for(name);
  var features = w[started];
  if (features === true) return;
  w[started] = true;

  // Content can name elements after document properties (<img name="currentScript"> hides the real one), so the
  // few this script needs are read through Document.prototype.
  var doc = Document.prototype;
  var fromDocument = (name) => Reflect.get(doc, name, d);
  var me = fromDocument('currentScript');
  var host = doc.querySelector.call(d, '[data-chat-reset]');
  var config;
  try {
    // The configuration is the last block before this script: a block that page content adds further up must not
    // choose the bootstrap, which gets this page's nonce.
    doc.querySelectorAll.call(d, 'script[data-chat-reset-config]').forEach((block) => {
      if (block.compareDocumentPosition(me) & 4 /* me follows the block */) config = block;
    });
    config = JSON.parse(config.textContent);
  } catch (e) {}
  // Without its host or a usable configuration ChatReset can neither tell the visitor anything nor load the chat:
  // it does nothing (not even logging, which the configuration would have to allow).
  if (!host || !config || !config.bootstrapUrl) return;

  // The host holds, in this order: the launcher (click-to-load only), the notice's template, the notice.
  var notice = host.lastElementChild;
  var template = notice.previousElementSibling;
  var launcher = template.previousElementSibling;
  // Adds a link or script to the host (in the body: preload, preconnect and scripts work anywhere).
  var add = (tag, properties) => host.appendChild(Object.assign(doc.createElement.call(d, tag), properties));

  // Everything ChatReset knows, in one place. Fields start unset (false, empty):
  //   warm         the connection hints are in the page (or the bootstrap is)
  //   loading      the bootstrap's script is in the page
  //   ready        Salesforce fired Ready: its APIs work
  //   finished     conversations whose end was handled: their repeated or late events change nothing
  //   ending       the ended conversation until clearSession succeeds (also in sessionStorage, for the next page)
  //   clearing     clearSession called, not settled
  //   open         the notice is shown (not while it fades out after Close: the guard time, data-closing)
  //   wantsChat    the visitor asked for a chat: it opens as soon as Salesforce can
  //   chatButton   Salesforce's chat button as the last reset re-created it
  //   focusBefore  where focus was when the notice opened
  var state = { finished: [] };

  // Debug output names events and steps only: never payloads, IDs or the visitor's text.
  function log(line) {
    if (!config.productionMode) console.info('[ChatReset] ' + line);
  }

  // Salesforce's APIs exist only after onEmbeddedMessagingReady and may throw or reject; the result is a
  // promise that always settles quietly, so nothing reaches the page as an uncaught error or unhandled rejection.
  function call(method, done) {
    return new Promise((resolve) => {
      var bootstrap = w.embeddedservice_bootstrap;
      resolve(bootstrap[method == 'clearSession' ? 'userVerificationAPI' : 'utilAPI'][method]());
    }).then(done, () => {
      log(method + ' failed');
    });
  }

  // Salesforce keeps a conversation in web storage, so a reload brings it back; the end of one is kept for the
  // tab the same way until clearSession has removed it, or a reload during the reset would bring it back open.
  function remember(conversation) {
    try {
      sessionStorage[name] = conversation || '';
    } catch (e) {} // storage refused: this page still resets
  }

  function openNotice() {
    if (state.open) return;
    state.open = true;
    state.focusBefore = fromDocument('activeElement');
    // The wording is in the page, HTML-encoded by the server, in a template: the message, then the controls.
    notice.replaceChildren(template.content.cloneNode(true));
    // Focus goes to the message, never to a control: a visitor still typing must not start a chat with Enter.
    notice.firstChild.focus();
  }

  function removeNotice() {
    state.open = false;
    notice.removeAttribute('data-closing');
    notice.replaceChildren();
  }

  // Close and Escape. The chat button comes back where a finger or a repeated Enter may still be landing: the
  // notice fades out ignoring input, and only after a guard time is the button shown and focused.
  function dismiss() {
    state.wantsChat = false;
    state.open = false;
    notice.setAttribute('data-closing', '');
    setTimeout(giveBack, 700);
  }

  function giveBack() {
    var focusWasHere = notice.contains(fromDocument('activeElement'));
    removeNotice();
    // Salesforce's client shows its button even over the ended chat window, which exists until the reset is done
    // (observed in its web client, bootstrap build 254).
    if (state.chatButton) call('showChatButton');
    // To the chat button once it is back, else where the visitor was (focus() does nothing if that is gone);
    // unless the visitor moved focus during the guard time.
    if (focusWasHere) (state.chatButton || state.focusBefore).focus();
  }

  // "Start a new chat" and the launcher.
  function askForChat() {
    state.wantsChat = true;
    if (state.clearing) {
      // clearSession waits for Salesforce's chat frame without a time limit, and a chat opened before the reset is
      // done would be the ended one the reset removes. The wait has a bound: after it the visitor gets the chat as
      // it is, where typing starts a new session, which is what they asked for.
      setTimeout(resume, 4000);
    } else if (state.ready) resume();
    else load();
  }

  // Salesforce can open a chat: its button exists again, or the visitor stopped waiting for the reset.
  function resume() {
    // Salesforce's own button takes over from the launcher, unless the launcher is being pressed: the click that
    // press began (it started the loading) must still land on the launcher.
    if (launcher && !launcher.matches(':active')) launcher.hidden = true;
    if (!state.wantsChat) return;
    removeNotice();
    if (state.chatButton) call('showChatButton');
    call('launchChat', () => {
      state.wantsChat = false;
    });
  }

  // An Ended can arrive before Ready, with no conversation started on the page: Salesforce brought back a
  // conversation from its stored state (ConversationStarted only fires in the tab that created one), one that
  // ended while the visitor was away or reloading. It is the visitor's own chat and it is over, so they get what
  // every end gives: the notice, the reset once Salesforce is ready (clearSession rejects before), and the chat
  // button held back until they close the notice.
  function end(conversation) {
    log('session ended');
    state.finished.push((state.ending = conversation));
    state.chatButton = null;
    remember(conversation);
    openNotice();
    clear();
  }

  function holdButton() {
    state.chatButton = fromDocument('activeElement');
    if (notice.firstChild) {
      call('hideChatButton');
      notice.firstChild.focus();
    }
  }

  function clear() {
    if (!state.ready || state.clearing || !state.ending) return;
    state.clearing = true;
    call('clearSession', () => {
      log('reset done');
      state.ending = null;
      remember();
      // The reset ends with Salesforce's button re-created and focused (observed in its web client, bootstrap build
      // 254), right where a visitor who was still typing presses Enter: while the notice is shown (or fading out)
      // the button stays hidden and focus goes back to the notice. Refused before the chat window is gone, which
      // is why it waits for the reset to be done.
      holdButton();
    }).then(() => {
      state.clearing = false;
      resume();
    });
  }

  function on(name, handler) {
    w.addEventListener('onEmbeddedMessaging' + name, (event) => {
      log(name);
      handler(event.detail);
    });
  }

  // The optional features (hidden pre-chat fields, verified visitors) are in chat-reset-features.js, which the server
  // puts before this script only on pages that use them. They get what they build on, and their listeners come first.
  if (features) features(config, on, log, state, holdButton, clear, load);

  on('Ready', () => {
    state.ready = true;
    clear();
  });

  // After a reset Salesforce fires Ready before its button exists (launchChat rejects then), so a chat the visitor
  // asked for opens on ButtonCreated, after the focus Salesforce gives its button in the same task.
  on('ButtonCreated', () => {
    if (!state.clearing) queueMicrotask(resume);
  });

  on('SessionStatusUpdate', (detail) => {
    var conversation, status;
    try {
      conversation = '' + detail.conversationId;
      // Only a string has toLowerCase: ["Ended"] or an object whose toString() says "Ended" is no status.
      status = JSON.parse(detail.conversationEntry.entryPayload).sessionStatus.toLowerCase();
    } catch (e) {
      return;
    }
    if (status == 'ended' && !state.finished.includes(conversation)) end(conversation);
  });

  // The notice, the launcher and the scripts are ChatReset's own elements: their handler properties are its alone.
  notice.onclick = (event) => {
    var control = event.target.closest('button');
    if (control && state.open) {
      if (control.hasAttribute('data-chat-reset-restart')) askForChat();
      else dismiss();
    }
  };
  notice.onkeydown = (event) => {
    if (event.key == 'Escape' && state.open) dismiss();
  };

  // With click-to-load, intent (the pointer on, or focus reaching, the launcher) warms up without loading anything
  // from Salesforce before it: connections to its origins, and the bootstrap fetched but not run. The script added
  // later has the same URL and nonce and no crossorigin, so the browser uses the preloaded response. It is added
  // when the launcher is pressed: Salesforce initialises while the button is down, so that the click, on release,
  // opens the chat as fast as Salesforce's own button does.
  function warmUp() {
    if (state.warm) return;
    state.warm = true;
    add('link', { rel: 'preconnect', href: config.siteUrl });
    // The SCRT2 requests are CORS fetches, which use the anonymous connection.
    add('link', { rel: 'preconnect', href: config.scrt2Url, crossOrigin: '' });
    add('link', { rel: 'preload', as: 'script', href: config.bootstrapUrl, nonce: me.nonce });
  }

  function load() {
    if (state.loading) return;
    state.loading = state.warm = true;
    // Salesforce's snippet uses an inline onload attribute, which a strict CSP blocks; a property handler and
    // this script's own nonce are allowed.
    var script = add('script', {
      src: config.bootstrapUrl,
      nonce: me.nonce,
      onload: () => {
        try {
          var bootstrap = w.embeddedservice_bootstrap;
          bootstrap.settings.language = config.language;
          bootstrap.init(config.orgId, config.deploymentApiName, config.siteUrl, { scrt2URL: config.scrt2Url });
        } catch (e) {
          log('init failed');
        }
      },
      onerror: () => {
        log('bootstrap failed');
        // A network blip must not leave the launcher dead: the next click tries again.
        script.remove();
        state.loading = false;
      }
    });
  }

  try {
    var ending = sessionStorage[name];
  } catch (e) {}
  if (ending) {
    // The previous page of this tab saw a conversation end and was left before the reset was done: finish it.
    end(ending);
    load();
  }
  if (config.loadOnInteraction && launcher) {
    launcher.onpointerenter = launcher.onfocus = warmUp;
    launcher.onpointerdown = load;
    launcher.onclick = askForChat;
    // The launcher is rendered hidden: a click before this listener existed would be lost.
    launcher.hidden = false;
  } else {
    load();
  }
})(window, document);
