// Progressive enhancements only: every essential action works without this file.
(function () {
  "use strict";
  var exitUrl = document.body.getAttribute("data-quick-exit");
  var button = document.getElementById("quick-exit");

  function csrfToken() {
    try { return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRFToken"] || ""; }
    catch (error) { return ""; }
  }

  // End the session on the way out, so Back (which asks the server again: private pages are never
  // stored) finds nothing but the login page. A beacon is still delivered after the page is gone.
  function endSession() {
    var logoutUrl = button && button.getAttribute("data-logout");
    if (!logoutUrl) { return; }
    var form = new FormData();
    form.append("csrfmiddlewaretoken", csrfToken());
    if (!(navigator.sendBeacon && navigator.sendBeacon(logoutUrl, form)) && window.fetch) {
      fetch(logoutUrl, { method: "POST", body: form, keepalive: true, credentials: "same-origin" });
    }
  }

  function leave(event) {
    if (event) { event.preventDefault(); }
    endSession();
    // replace() keeps this page out of the back button's history.
    window.location.replace(exitUrl);
  }

  if (button) { button.addEventListener("click", leave); }

  var lastEscape = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var now = Date.now();
    if (now - lastEscape < 800) { leave(); }
    lastEscape = now;
  });

  // Preselect the browser's time zone on forms that ask for one, unless the person already chose.
  var zone = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone;
  var select = document.querySelector("select[name=time_zone][data-guess]");
  if (zone && select && !select.dataset.touched) {
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === zone) { select.value = zone; break; }
    }
  }

  // The help page: when it knows nothing of where the visitor is, ask again with the browser's time
  // zone (replace(), so the history holds one entry). Without a script the region picker does it.
  var helpForm = document.querySelector("form[data-guess-zone]");
  if (zone && helpForm && window.URLSearchParams) {
    var query = new URLSearchParams(window.location.search);
    if (!query.has("tz") && !query.has("region")) {
      query.set("tz", zone);
      window.location.replace(window.location.pathname + "?" + query.toString());
    }
  }

  // A live count under every long text box. The server refuses text over the limit; nothing is ever cut.
  function counter(box) {
    var limit = parseInt(box.getAttribute("data-max-chars"), 10);
    var note = document.createElement("p");
    note.className = "counter";
    note.id = box.id + "-counter";
    note.setAttribute("aria-live", "polite");
    box.parentNode.insertBefore(note, box.nextSibling);
    box.setAttribute("aria-describedby", ((box.getAttribute("aria-describedby") || "") + " " + note.id).trim());
    function update() {
      var used = box.value.length;
      var over = used > limit;
      note.textContent = over
        ? (used - limit).toLocaleString() + " characters over the limit of " + limit.toLocaleString() + ": please shorten it."
        : used.toLocaleString() + " of " + limit.toLocaleString() + " characters";
      note.classList.toggle("over", over);
    }
    box.addEventListener("input", update);
    update();
  }
  var boxes = document.querySelectorAll("textarea[data-max-chars]");
  for (var j = 0; j < boxes.length; j++) { counter(boxes[j]); }

  // Select the invitation link on focus so it is easy to copy.
  var copy = document.querySelector("input.copy");
  if (copy) { copy.addEventListener("focus", function () { copy.select(); }); }
})();
