// Agent console of the demo: drives the simulated Salesforce client (window.simulatedSalesforce). Not part of ChatReset.
(function () {
  'use strict';
  var statusOutput = document.querySelector('[data-demo-status]');
  var sessionsOutput = document.querySelector('[data-demo-sessions]');
  var clearMode = document.querySelector('[data-demo-clear-mode]');

  function sim() {
    return window.simulatedSalesforce;
  }

  function refresh() {
    var s = sim();
    if (!s) return;
    statusOutput.textContent = s.status || 'none';
    sessionsOutput.textContent = String(s.sessionsStarted);
  }

  document.addEventListener('click', function (event) {
    var control = event.target.closest('[data-demo-action]');
    if (!control || !sim()) return;
    var action = control.getAttribute('data-demo-action');
    if (action === 'accept') sim().agentAccept();
    if (action === 'message') sim().agentSend();
    if (action === 'end') sim().agentEnd();
    if (action === 'answer') sim().answerClearSession();
  });

  clearMode.addEventListener('change', function () {
    if (sim()) sim().clearSessionMode = clearMode.value;
  });

  window.addEventListener('simulatedsalesforcechange', refresh);
})();
