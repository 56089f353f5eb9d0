// Sujarit: progressive enhancements only; every page works without this file.
(function () {
  "use strict";
  // Ask before destructive actions (buttons carry data-confirm="question").
  document.addEventListener("submit", function (event) {
    var button = event.submitter || event.target.querySelector("[data-confirm]");
    var question = button && button.getAttribute("data-confirm");
    if (question && !window.confirm(question)) event.preventDefault();
  });
  // Print buttons (no inline script: the CSP forbids it).
  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) window.print();
  });
  // Keep typed work: forms marked data-keep-draft save to this browser as you type. The
  // draft is kept until the record's version changes (a save went through), so work typed
  // before an expired session or a lost connection comes back when the form is opened again.
  Array.prototype.forEach.call(document.querySelectorAll("form[data-keep-draft]"), function (form) {
    var key = "sujarit-draft:" + form.getAttribute("data-keep-draft");
    var version = form.elements.version ? form.elements.version.value : "";
    var saved = null;
    try { saved = JSON.parse(window.localStorage.getItem(key) || "null"); } catch (e) { saved = null; }
    var hasErrors = document.querySelector(".error-summary, .field-error");
    if (saved && saved.__version !== version) { window.localStorage.removeItem(key); saved = null; }
    if (saved && !hasErrors) {
      Object.keys(saved).forEach(function (name) {
        var field = form.elements[name];
        if (name !== "__version" && field && field.type !== "hidden" && field.value !== saved[name]) field.value = saved[name];
      });
    }
    form.addEventListener("input", function () {
      var data = { __version: version };
      Array.prototype.forEach.call(form.elements, function (field) {
        if (field.name && field.type !== "hidden" && field.type !== "password") data[field.name] = field.value;
      });
      try { window.localStorage.setItem(key, JSON.stringify(data)); } catch (e) { /* storage full or off */ }
    });
  });
})();
