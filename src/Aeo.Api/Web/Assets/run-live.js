// The run page follows its run by itself: it listens to the run's server-sent events (on the session cookie, at the
// address in #live's data-events) and updates the progress in place; when the run ends it fetches the page once more
// and swaps in the ended run's figures, without reloading the page.
(function () {
  "use strict";
  var live = document.getElementById("live");
  if (!live || !live.dataset.events || live.dataset.ended === "true" || !window.EventSource) {
    return;
  }
  var number = new Intl.NumberFormat(undefined);
  var time = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });

  function text(id, value) {
    var element = document.getElementById(id);
    if (element) {
      element.textContent = value;
    }
  }

  function show(run) {
    var status = document.getElementById("run-status");
    if (status) {
      status.textContent = run.status.replace(/_/g, " ");
      status.className = "status " + run.status;
    }
    text("run-operation", run.currentOperation || "");
    var progress = run.progress || {};
    text("run-settled", number.format((progress.settled || 0) + (progress.skipped || 0)));
    text("run-total", number.format(progress.total || 0));
    text("run-failed", number.format(progress.failed || 0));
    var bar = document.getElementById("run-progress");
    if (bar) {
      bar.value = progress.percent || 0;
    }
    text("run-eta", run.estimatedCompletion ? time.format(new Date(run.estimatedCompletion)) : "–");
    (run.platforms || []).forEach(function (platform) {
      var row = live.querySelector('[data-platform="' + CSS.escape(platform.platform) + '"]');
      if (!row) {
        return;
      }
      var platformBar = row.querySelector("progress");
      if (platformBar) {
        platformBar.value = platform.percent || 0;
      }
      var settled = row.querySelector(".settled");
      if (settled) {
        settled.textContent = number.format((platform.processed || 0) + (platform.failed || 0));
      }
      var total = row.querySelector(".total");
      if (total) {
        total.textContent = number.format(platform.total || 0);
      }
    });
  }

  function showResults() {
    fetch(window.location.href, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        var results = page.getElementById("results");
        var current = document.getElementById("results");
        if (results && current) {
          current.replaceWith(document.adoptNode(results));
        }
        live.dataset.ended = "true";
      })
      .catch(function () {
        text("run-operation", "The run has ended; reload the page for its figures.");
      });
  }

  var source = new EventSource(live.dataset.events, { withCredentials: true });
  source.addEventListener("progress", function (event) { show(JSON.parse(event.data)); });
  source.addEventListener("end", function (event) {
    source.close();
    show(JSON.parse(event.data));
    showResults();
  });
  source.addEventListener("closed", function () {
    source.close();
    text("run-operation", "Your session has ended; sign in again to follow the run.");
  });
})();
