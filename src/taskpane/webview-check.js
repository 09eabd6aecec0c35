// The task pane's first script, before office.js and the bundle. Written in ES5 (lint parses it as ES5) and copied as
// is, never through the TypeScript build, so that every webview Office may use runs it, Internet Explorer 11 (Trident)
// and the old Edge (EdgeHTML) included: they run no ES2015+ bundle, and with <Runtimes> in the manifest a Windows
// Office without WebView2 falls back to Internet Explorer 11 (Microsoft: "Browsers and webview controls used by
// Office Add-ins", "Support older Microsoft webviews and Office versions"). Where the pane cannot start, it shows the
// notice of taskpane.html saying why, instead of staying blank. A separate file: the page's CSP forbids inline script.
(function () {
  "use strict";

  /** Long enough for a slow machine to load office.js and the bundle and for Office to answer onReady. */
  var STARTUP_MS = 20000;
  /** After an error while loading, how long the pane may still take to appear. */
  var GRACE_MS = 3000;
  /** The reasons in the order they win: the webview explains everything after it, office.js the bundle's failure. */
  var PRIORITY = ["webview", "office", "failed"];
  /** office.js and the scripts it loads: from Microsoft's CDN, or from office-js/ in a bundled build (webpack.config.js). */
  var OFFICE_SCRIPT = /^https:\/\/appsforoffice\.microsoft\.com\/|\/office-js\//;
  var reason = null;

  /** The first screen, until React replaces the container's content: while it is there, the pane has not started. */
  function loading() {
    return document.getElementById("pane-loading");
  }

  function setShown(element, shown) {
    if (shown) element.removeAttribute("hidden");
    else element.setAttribute("hidden", "hidden");
  }

  function render() {
    var notice = document.getElementById("pane-unsupported");
    var first = loading();
    if (!reason || !notice || !first) return;
    setShown(first, false);
    var parts = notice.getElementsByTagName("*");
    for (var i = 0; i < parts.length; i++) {
      var part = parts[i];
      var only = part.getAttribute("data-reason");
      if (only) setShown(part, only === reason);
      // What Office the pane needs says nothing to a machine that only cannot reach office.js.
      if (part.getAttribute("data-needs") !== null) setShown(part, reason !== "office");
    }
    notice.setAttribute("role", "alert");
    setShown(notice, true);
  }

  function show(why) {
    var rank = -1;
    var current = -1;
    for (var i = 0; i < PRIORITY.length; i++) {
      if (PRIORITY[i] === why) rank = i;
      if (PRIORITY[i] === reason) current = i;
    }
    if (current !== -1 && current <= rank) return;
    reason = why;
    render();
  }

  var agent = navigator.userAgent;
  // Trident says "Trident/7.0"; EdgeHTML "Edge/18.x" (the Chromium Edge of WebView2 says "Edg/").
  if (agent.indexOf("Trident/") !== -1 || /\bEdge\/\d/.test(agent)) show("webview");

  /** Why the pane has not started, once the page has given up: office.js never came, or the bundle did not start. */
  function notStarted() {
    if (loading()) show(typeof Office === "undefined" ? "office" : "failed");
  }

  // A script that does not load is final: say so at once. An error thrown while loading (an old webview's
  // SyntaxError, office.js without its host) may still be followed by the pane: give it a moment first. Load errors
  // of elements do not bubble, so listen while the event goes down (capture).
  function failed(event) {
    var target = event.target;
    if (!loading()) return;
    if (target && target.tagName === "SCRIPT") show(OFFICE_SCRIPT.test(target.src) ? "office" : "failed");
    else setTimeout(notStarted, GRACE_MS);
  }
  window.addEventListener("error", failed, true);

  setTimeout(notStarted, STARTUP_MS);

  // This script runs in <head>: the notice exists once the page is parsed.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", render);
  else render();
})();
