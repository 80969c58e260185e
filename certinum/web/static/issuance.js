/* The jury's issuance progress page (progressive enhancement: without script, its Refresh
   button does the same): while the issuance runs (#issuing[data-progress-url]), the count and
   the bar follow the JSON progress every 3 s; once the job is no longer waiting or running,
   the page reloads to show the certificates (or the retry button). */
(function () {
  "use strict";
  var box = document.querySelector("#issuing[data-progress-url]");
  if (!box) { return; }
  var url = box.getAttribute("data-progress-url");
  var text = box.getAttribute("data-progress-text") || "";
  var count = document.getElementById("issuing-count");
  var bar = document.getElementById("issuing-progress");
  var look = function () {
    fetch(url, {credentials: "same-origin", headers: {Accept: "application/json"}})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (p) {
        if (!p) { window.setTimeout(look, 3000); return; }
        bar.max = p.total;
        bar.value = p.issued;
        count.textContent = text.replace("{issued}", p.issued).replace("{total}", p.total);
        if (p.status === "queued" || p.status === "running") {
          window.setTimeout(look, 3000);
        } else {
          window.location.reload();
        }
      })
      .catch(function () { window.setTimeout(look, 3000); });
  };
  window.setTimeout(look, 3000);
})();
