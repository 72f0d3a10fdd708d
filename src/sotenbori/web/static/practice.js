// The live practice page. Without this script the page still works through plain forms;
// with it, turns go over the JSON API and the persona's reply is streamed word by word.
(function () {
  "use strict";
  var root = document.querySelector(".practice");
  if (!root) return;

  var sessionId = root.dataset.session;
  var personaName = root.dataset.persona || "Persona";
  var csrf = document.querySelector('meta[name="csrf-token"]').content;
  var api = "/api/sessions/" + encodeURIComponent(sessionId);

  var log = document.getElementById("log");
  var typing = document.getElementById("typing");
  var typingStatus = document.getElementById("typing-status");
  var form = document.getElementById("composer");
  var box = document.getElementById("say");
  var send = document.getElementById("send");
  var error = document.getElementById("error");
  var takeBack = document.getElementById("take-back");
  var takeBackForm = document.getElementById("take-back-form");
  var endForm = document.getElementById("end-form");
  var ended = document.getElementById("ended");
  var endedTitle = document.getElementById("ended-title");
  var timer = document.getElementById("timer");
  var briefing = document.getElementById("briefing");

  var busy = false;
  var over = root.dataset.ended === "true";
  var ENDINGS = {
    agreement: "Agreement reached",
    walked_out: personaName + " walked out",
    time_up: "Time ran out",
    ended: "Ended by you"
  };

  if (briefing && window.matchMedia("(max-width: 960px)").matches) briefing.open = false;

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf, "Accept": "application/json" },
      body: body === undefined ? "{}" : JSON.stringify(body)
    });
  }

  function detail(response) {
    return response.json().then(function (data) {
      return (data && data.detail) || "Something went wrong; try again.";
    }, function () { return "Something went wrong; try again."; });
  }

  function showError(message) {
    error.textContent = message;
    error.hidden = !message;
  }

  function scrollDown() {
    log.scrollTop = log.scrollHeight;
  }

  function bubble(speaker, text, turn) {
    var li = document.createElement("li");
    li.className = "turn turn-" + speaker;
    if (turn) { li.id = "turn-" + turn; li.dataset.turn = turn; }
    var who = document.createElement("span");
    who.className = "speaker";
    who.textContent = speaker === "learner" ? "You" : personaName;
    var p = document.createElement("p");
    p.className = "bubble";
    p.textContent = text;
    li.appendChild(who);
    li.appendChild(p);
    log.appendChild(li);
    scrollDown();
    return li;
  }

  function setTyping(on) {
    typing.hidden = !on;
    typingStatus.textContent = on ? personaName + " is typing" : "";
    if (on) scrollDown();
  }

  function setBusy(on) {
    busy = on;
    send.disabled = on;
    takeBack.disabled = on || !lastLearner();
  }

  function lastLearner() {
    var items = log.querySelectorAll(".turn-learner:not(.pending)");
    return items.length ? items[items.length - 1] : null;
  }

  function finish(ending) {
    over = true;
    form.hidden = true;
    endForm.hidden = true;
    if (ending) endedTitle.textContent = ENDINGS[ending] || "Conversation over";
    ended.hidden = false;
    stopClock();
    var button = ended.querySelector("button");
    if (button) button.focus();
  }

  // Re-draw the whole conversation from the store: what a reload would show.
  function resync() {
    return fetch(api, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r); })
      .then(function (s) {
        log.innerHTML = "";
        s.transcript.forEach(function (line) { bubble(line.speaker, line.text, line.turn); });
        remaining = s.remaining_seconds;
        takeBack.disabled = !s.can_take_back;
        if (s.ending) finish(s.ending);
        return s;
      });
  }

  function streamReply(result) {
    return new Promise(function (resolve) {
      var li = null;
      var text = "";
      var settled = false;
      function settle() {
        if (settled) return;
        settled = true;
        setTyping(false);
        if (!li) li = bubble("persona", result.persona.text, result.persona.turn);
        li.querySelector(".bubble").textContent = result.persona.text;
        li.classList.remove("streaming");
        resolve();
      }
      if (!window.EventSource) { settle(); return; }
      var source = new EventSource(result.stream_url);
      source.addEventListener("token", function (e) {
        if (!li) {
          setTyping(false);
          li = bubble("persona", "", result.persona.turn);
          li.classList.add("streaming");
        }
        text += JSON.parse(e.data).text;
        li.querySelector(".bubble").textContent = text;
        scrollDown();
      });
      source.addEventListener("done", function () { source.close(); settle(); });
      source.onerror = function () { source.close(); settle(); };
    });
  }

  function say(text) {
    setBusy(true);
    showError("");
    var pending = bubble("learner", text);
    pending.classList.add("pending");
    box.value = "";
    setTyping(true);
    post(api + "/turns", { text: text }).then(function (response) {
      if (!response.ok) {
        return detail(response).then(function (message) {
          pending.remove();
          setTyping(false);
          box.value = text;
          showError(message);
          if (response.status === 409) return resync();
        });
      }
      return response.json().then(function (result) {
        pending.classList.remove("pending");
        pending.id = "turn-" + result.learner.turn;
        pending.dataset.turn = result.learner.turn;
        pending.querySelector(".bubble").textContent = result.learner.text;
        return streamReply(result).then(function () {
          if (result.ending) finish(result.ending);
        });
      });
    }).catch(function () {
      // The connection dropped: the turn may or may not have been saved. Ask the store.
      setTyping(false);
      return resync().then(function (s) {
        var last = s.transcript[s.transcript.length - 2];
        if (!last || last.speaker !== "learner" || last.text !== text) box.value = text;
      }, function () {
        box.value = text;
        pending.remove();
        showError("The connection dropped. Your words are back in the box; send them again.");
      });
    }).then(function () {
      setBusy(false);
      if (!over) box.focus();
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (busy || over) return;
    var text = box.value.trim();
    if (!text) { showError("Say something first: the turn is empty."); box.focus(); return; }
    say(text);
  });

  box.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      if (typeof form.requestSubmit === "function") form.requestSubmit();
      else form.dispatchEvent(new Event("submit", { cancelable: true }));
    }
  });

  takeBackForm.addEventListener("submit", function (event) {
    event.preventDefault();
    if (busy) return;
    var last = lastLearner();
    var said = last ? last.querySelector(".bubble").textContent : "";
    setBusy(true);
    post(api + "/take-back").then(function (response) {
      if (!response.ok) return detail(response).then(showError);
      return resync().then(function () {
        showError("");
        over = false;
        form.hidden = false;
        endForm.hidden = false;
        ended.hidden = true;
        startClock();
        if (said && !box.value) box.value = said;
        box.focus();
      });
    }).catch(function () { showError("Could not reach the server; try again."); })
      .then(function () { setBusy(false); });
  });

  // The countdown ------------------------------------------------------------------------------
  var remaining = parseFloat(root.dataset.remaining) || 0;
  var ticking = null;
  var lastTick = 0;

  function paint() {
    var s = Math.max(0, Math.ceil(remaining));
    timer.textContent = Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
    timer.parentElement.classList.toggle("low", s <= 60);
  }

  function tick() {
    var now = performance.now();
    remaining -= (now - lastTick) / 1000;
    lastTick = now;
    paint();
    if (remaining <= 0 && !over) {
      stopClock();
      timesUp();
    }
  }

  function startClock() {
    if (ticking || over) return;
    lastTick = performance.now();
    ticking = window.setInterval(tick, 250);
  }

  function stopClock() {
    if (ticking) window.clearInterval(ticking);
    ticking = null;
  }

  function timesUp() {
    showError("");
    setBusy(true);
    post(api + "/end").then(function (response) {
      if (response.ok) window.location.assign("/sessions/" + encodeURIComponent(sessionId) + "/report");
      else return detail(response).then(showError);
    }).catch(function () { showError("Time is up. Could not reach the server; use End and score."); })
      .then(function () { setBusy(false); });
  }

  paint();
  if (over) finish(null);
  else startClock();
  if (!over && remaining <= 0) timesUp();

  // Coming back to the tab or regaining the network: show exactly what the store holds.
  window.addEventListener("online", function () { if (!busy) resync(); });
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible" && !busy) resync().catch(function () {});
  });

  setBusy(false);
  scrollDown();
  if (!over) box.focus({ preventScroll: true });
})();
