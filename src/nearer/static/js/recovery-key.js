// The recovery key page: a Copy button (shown only where the browser can copy). Downloading the key
// and confirming it was saved are plain links and forms that work without this file.
(function () {
  "use strict";
  var button = document.getElementById("copy-recovery-key");
  var key = document.getElementById("recovery-key");
  var status = document.getElementById("copy-recovery-key-status");
  if (!button || !key || !navigator.clipboard || !window.isSecureContext) { return; }
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(key.textContent.trim()).then(function () {
      status.textContent = "Copied. Paste it somewhere safe, such as your password manager.";
    }, function () {
      status.textContent = "Your browser did not let us copy it. Select the key and copy it by hand.";
    });
  });
})();
