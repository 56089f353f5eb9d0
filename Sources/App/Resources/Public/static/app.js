// Sujarit: progressive enhancements only; every page works without this file.
(function () {
  "use strict";
  // Ask before destructive actions (buttons carry data-confirm="question").
  document.addEventListener("submit", function (event) {
    var button = event.submitter || event.target.querySelector("[data-confirm]");
    var question = button && button.getAttribute("data-confirm");
    if (question && !window.confirm(question)) event.preventDefault();
  });
  // Signing out (a shared office computer): drafts typed in this browser are not left for
  // the next person.
  document.addEventListener("submit", function (event) {
    if (event.defaultPrevented || event.target.getAttribute("action") !== "/logout") return;
    try {
      Object.keys(window.localStorage).forEach(function (key) {
        if (key.indexOf("sujarit-draft:") === 0) window.localStorage.removeItem(key);
      });
    } catch (e) { /* storage off */ }
  });
  // File inputs marked data-max-bytes / data-max-each: files too large are refused here,
  // before the form is sent, so nothing typed is lost to a "too large" answer.
  document.addEventListener("submit", function (event) {
    if (event.defaultPrevented) return;
    var inputs = event.target.querySelectorAll("input[type=file][data-max-bytes]");
    for (var i = 0; i < inputs.length; i++) {
      var total = 0, each = Number(inputs[i].getAttribute("data-max-each") || 0);
      for (var j = 0; j < inputs[i].files.length; j++) {
        var file = inputs[i].files[j];
        total += file.size;
        if (each && file.size > each) {
          window.alert("ไฟล์ " + file.name + " ใหญ่เกิน 5 MB กรุณาย่อขนาดหรือแยกไฟล์");
          event.preventDefault();
          return;
        }
      }
      if (total > Number(inputs[i].getAttribute("data-max-bytes"))) {
        window.alert("ไฟล์ที่แนบรวมกันใหญ่เกิน 12 MB กรุณาแนบน้อยลงหรือย่อขนาดก่อนส่ง");
        event.preventDefault();
        return;
      }
    }
  });
  // Print buttons (no inline script: the CSP forbids it).
  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) window.print();
  });
  // Keep typed work: forms marked data-keep-draft save to this browser as you type. The
  // draft is kept until the record's version changes or the save is seen to go through (the
  // next page no longer shows the form, or says it was saved), so work typed before an expired
  // session or a lost connection comes back when the form is opened again.
  // Drafts are kept per person (the page names its signed-in person by a digest), so the
  // next person on a shared office computer never gets someone else's typing.
  var ownerTag = document.querySelector("meta[name='draft-owner']");
  var owner = ownerTag ? ownerTag.getAttribute("content") : "anonymous";
  function draftKey(form) { return "sujarit-draft:" + owner + ":" + form.getAttribute("data-keep-draft"); }
  var sent = null;
  try { sent = window.sessionStorage.getItem("sujarit-draft-sent"); window.sessionStorage.removeItem("sujarit-draft-sent"); } catch (e) { sent = null; }
  if (sent) {
    var again = Array.prototype.filter.call(document.querySelectorAll("form[data-keep-draft]"), function (form) {
      return draftKey(form) === sent;
    })[0];
    var saved = document.querySelector(".notice") && !document.querySelector(".error-summary, .field-error");
    if (!again || saved) { try { window.localStorage.removeItem(sent); } catch (e) { /* storage off */ } }
  }
  Array.prototype.forEach.call(document.querySelectorAll("form[data-keep-draft]"), function (form) {
    var key = draftKey(form);
    form.addEventListener("submit", function () {
      try { window.sessionStorage.setItem("sujarit-draft-sent", key); } catch (e) { /* storage off */ }
    });
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
  // Round entry table: with JavaScript each row saves itself when it changes (the page still
  // has one "save all" button that works without it). The answer updates the row's version.
  Array.prototype.forEach.call(document.querySelectorAll("form[data-autosave='1']"), function (form) {
    var status = form.querySelector(".autosave-status");
    var token = form.elements._csrf ? form.elements._csrf.value : "";
    function say(text) { if (status) status.textContent = text; }
    // One save per row at a time: a change made while the row is saving is sent after the
    // answer, with the version it returns (two at once would refuse each other as a conflict).
    function saveRow(row) {
      if (row.getAttribute("data-saving")) { row.setAttribute("data-again", "1"); return; }
      row.setAttribute("data-saving", "1");
      var id = row.getAttribute("data-row");
      var body = new URLSearchParams();
      body.append("_csrf", token);
      Array.prototype.forEach.call(row.querySelectorAll("input, select, textarea"), function (field) {
        if (field.name) body.append(field.name, field.value);
      });
      row.classList.add("saving");
      say("กำลังบันทึก…");
      fetch(form.action, {
        method: "POST", body: body, credentials: "same-origin",
        headers: { "Accept": "application/json", "X-CSRF-Token": token }
      }).then(function (response) {
        return response.json().then(function (answer) { return { ok: response.ok, answer: answer }; });
      }).then(function (result) {
        row.classList.remove("saving");
        settle(row);
        var line = (result.answer.rows || []).filter(function (r) { return r.id === id; })[0];
        Array.prototype.forEach.call(row.querySelectorAll(".field-error.live"), function (p) { p.remove(); });
        if (line && line.version != null) row.querySelector("input[name^='version_']").value = line.version;
        if (line && (line.result === "saved" || line.result === "unchanged")) {
          row.classList.remove("has-error");
          say("บันทึกลำดับ " + row.cells[0].textContent + " แล้ว");
        } else {
          row.classList.add("has-error");
          var message = line ? (line.message || Object.keys(line.errors || {}).map(function (k) { return line.errors[k]; }).join(" ")) : "บันทึกไม่สำเร็จ";
          var p = document.createElement("p");
          p.className = "field-error live";
          p.textContent = message;
          row.cells[1].appendChild(p);
          say("ยังไม่ได้บันทึก: " + message);
        }
      }).catch(function () {
        row.classList.remove("saving");
        row.removeAttribute("data-saving");
        row.removeAttribute("data-again");
        say("ยังไม่ได้บันทึก (การเชื่อมต่อขัดข้อง) กด \"บันทึกทั้งหมด\" เมื่อเชื่อมต่อได้");
      });
    }
    function settle(row) {
      row.removeAttribute("data-saving");
      if (row.getAttribute("data-again")) {
        row.removeAttribute("data-again");
        window.setTimeout(function () { saveRow(row); }, 0);
      }
    }
    // The reason fields matter only for ไม่สามารถดำเนินการได้; without JavaScript they stay visible.
    function showReason(row) {
      var select = row.querySelector("select[name^='status_']");
      var reason = row.querySelector(".reason-fields");
      if (select && reason) reason.hidden = select.value !== "ไม่สามารถดำเนินการได้";
    }
    Array.prototype.forEach.call(form.querySelectorAll("tr[data-row]"), showReason);
    form.addEventListener("change", function (event) {
      var row = event.target.closest("tr[data-row]");
      if (!row) return;
      showReason(row);
      saveRow(row);
    });
  });
  // Tables marked data-sortable sort by a column when its header is clicked (numbers and
  // Thai text; "—" last). The main dashboard table sorts on the server and works without this.
  Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), function (table) {
    var body = table.tBodies[0];
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell, column) {
      var ascending = true;
      cell.classList.add("sortable-head");
      cell.setAttribute("tabindex", "0");
      function sort() {
        var rows = Array.prototype.slice.call(body.rows);
        function key(row) {
          var text = (row.cells[column] ? row.cells[column].textContent : "").trim();
          var number = parseFloat(text.replace(/,/g, ""));
          return isNaN(number) || /[^\d.,\-\s%]/.test(text) ? text : number;
        }
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          if (x === "—") return 1;
          if (y === "—") return -1;
          var order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "th");
          return ascending ? order : -order;
        });
        ascending = !ascending;
        rows.forEach(function (row) { body.appendChild(row); });
      }
      cell.addEventListener("click", sort);
      cell.addEventListener("keydown", function (event) { if (event.key === "Enter") sort(); });
    });
  });
})();
