// What Salesforce's generated snippet does (set the language, init), without ChatReset and without the inline
// handlers a strict CSP blocks. Used by /without-chatreset to show the flaw ChatReset fixes.
(function (script) {
  'use strict';
  var data = script.dataset;
  try {
    window.embeddedservice_bootstrap.settings.language = data.language;
    window.embeddedservice_bootstrap.init(data.orgId, data.deployment, data.siteUrl, { scrt2URL: data.scrt2Url });
  } catch (err) {
    console.error('Error loading Embedded Messaging: ', err);
  }
})(document.currentScript);
