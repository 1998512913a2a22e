// Sessie samenstellen: bring the draaiboek up to date while typing. Without this script the
// "Draaiboek bijwerken" button does the same with a page load.
(function () {
  "use strict";
  var form = document.getElementById("sessie");
  var preview = document.getElementById("voorbeeld");
  var status = document.getElementById("voorbeeld-status");
  if (!form || !preview || !window.fetch || !window.FormData) { return; }
  var timer = null;
  var latest = 0;
  function update() {
    var request = ++latest;
    fetch(form.getAttribute("data-voorbeeld"), { method: "POST", body: new FormData(form), credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null || request !== latest) { return; }
        preview.innerHTML = html;
        // One short line for screen readers instead of the whole table.
        var summary = preview.querySelector("p");
        if (status && summary) { status.textContent = summary.textContent; }
      })
      .catch(function () { /* the button still works */ });
  }
  function later() { clearTimeout(timer); timer = setTimeout(update, 300); }
  form.addEventListener("input", later);
  form.addEventListener("change", later);
})();
