// Upload progress for the import form: sends the form with XMLHttpRequest so the bar can follow the bytes,
// then shows the server's result table in place. Without script the form posts as usual.
"use strict";
(function () {
  var form = document.getElementById("import-form");
  if (!form || !window.XMLHttpRequest || !window.FormData || !window.DOMParser) { return; }
  var box = document.getElementById("import-progress");
  var bar = box.querySelector("progress");
  var text = box.querySelector(".progress-text");
  var results = document.getElementById("import-results");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.action || window.location.href);
    box.hidden = false;
    bar.value = 0;
    text.textContent = "uploading…";
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round((e.loaded / e.total) * 100);
        text.textContent = "uploading: " + bar.value + "%";
      }
    });
    xhr.upload.addEventListener("load", function () { bar.removeAttribute("value"); text.textContent = "importing…"; });
    xhr.addEventListener("load", function () {
      var page = new DOMParser().parseFromString(xhr.responseText, "text/html");
      var fresh = page.getElementById("import-results");
      results.replaceChildren.apply(results, fresh ? Array.prototype.slice.call(fresh.childNodes) : []);
      bar.value = 100;
      text.textContent = xhr.status < 400 ? "done" : "finished with errors (" + xhr.status + ")";
      form.reset();
    });
    xhr.addEventListener("error", function () { text.textContent = "the upload failed: the server could not be reached"; });
    xhr.send(new FormData(form));
  });
})();
