// The recovery key page: adds a Copy button where the browser can copy. Downloading the key and
// confirming it was saved are a plain link and a form that work without this file.
(function () {
  "use strict";
  var actions = document.getElementById("recovery-key-actions");
  var key = document.getElementById("recovery-key");
  var status = document.getElementById("copy-recovery-key-status");
  if (!actions || !key || !status || !navigator.clipboard || !window.isSecureContext) { return; }
  var button = document.createElement("button");
  button.type = "button";
  button.className = "button secondary";
  button.id = "copy-recovery-key";
  button.textContent = "Copy the key";
  actions.insertBefore(button, actions.firstChild);
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(key.textContent.trim()).then(function () {
      status.textContent = "Copied. Paste it somewhere safe, such as your password manager.";
    }, function () {
      status.textContent = "Your browser did not let us copy it. Select the key and copy it by hand.";
    });
  });
})();
