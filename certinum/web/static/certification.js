/* The certification pages' small script (progressive enhancement: each page works without it).
   - the waiting page ([data-wait-url]) asks every 3 s whether the start is allowed, and reloads then;
   - the test page (#time-left[data-seconds]) counts the time left down, reloads at 0, and
     reads its question every 5 minutes (the login session stays alive);
   - the invigilation page (table[data-status-url]) refreshes the live status every 5 s. */
(function () {
  "use strict";
  function getJSON(url) {
    return fetch(url, {credentials: "same-origin"}).then(function (r) { return r.ok ? r.json() : null; });
  }
  function minutes(format, seconds) {
    return format.replace("%(minutes)s", String(Math.floor(seconds / 60)));
  }
  var wait = document.querySelector("[data-wait-url]");
  if (wait) {
    window.setInterval(function () {
      getJSON(wait.getAttribute("data-wait-url")).then(function (data) {
        if (data && (data.authorised || data.test)) { window.location.reload(); }
      }).catch(function () {});
    }, 3000);
  }
  var left = document.querySelector("#time-left[data-seconds]");
  if (left) {
    var end = Date.now() + 1000 * Number(left.getAttribute("data-seconds"));
    var tick = function () {
      var s = Math.max(0, Math.round((end - Date.now()) / 1000));
      left.textContent = Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
      if (s === 0) { window.location.reload(); } else { window.setTimeout(tick, 1000); }
    };
    tick();
    var ping = left.getAttribute("data-ping-url");
    if (ping) {  /* keeps the login session alive while the candidate thinks (idle timeout) */
      window.setInterval(function () { getJSON(ping).catch(function () {}); }, 300000);
    }
  }
  var live = document.querySelector("table[data-status-url]");
  if (live && window.history.replaceState && /[?&]notice=/.test(window.location.search)) {
    /* the notice of the last action is shown once: a reload does not show it again */
    var url = new URL(window.location.href);
    url.searchParams.delete("notice");
    window.history.replaceState(null, "", url.pathname + url.search + url.hash);
  }
  if (live) {
    var labels = {};
    document.querySelectorAll("#state-labels [data-state]").forEach(function (el) {
      labels[el.getAttribute("data-state")] = el.textContent;
    });
    var format = live.getAttribute("data-minutes-format");
    var note = document.getElementById("live-note");
    window.setInterval(function () {
      getJSON(live.getAttribute("data-status-url")).then(function (data) {
        if (!data) { return; }
        data.candidates.forEach(function (c) {
          var row = live.querySelector('tr[data-enrolment="' + c.enrolment + '"]');
          if (!row) { return; }
          var state = row.querySelector('[data-field="state"]');
          if (state.getAttribute("data-state") !== c.state) {
            state.setAttribute("data-state", c.state);
            state.textContent = labels[c.state] || c.state;
            if (note) { note.hidden = false; }
          }
          row.querySelector('[data-field="answers"]').textContent = c.answers;
          row.querySelector('[data-field="time"]').textContent =
            c.secondsLeft === null ? "" : minutes(format, c.secondsLeft);
        });
      }).catch(function () {});
    }, 5000);
  }
})();
