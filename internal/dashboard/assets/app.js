// outrunner's dashboard: polls the daemon's read-only /api endpoints and
// draws the scale sets, a Gantt chart of recent jobs coloured by phase,
// and a job's explanation on click. No build step, no dependencies.
"use strict";

const PHASES = ["github_queue", "capacity_wait", "failed_starts", "github_wait", "registration",
  "environment_start", "environment_bound", "runner_connect", "job"];
const POLL_MS = 1000;
let selected = null;
let knownScaleSets = new Set();

// Go's times carry nanoseconds; Date wants at most milliseconds.
function parseTime(s) {
  if (!s || s.startsWith("0001-")) return null;
  return Date.parse(s.replace(/(\.\d{3})\d+/, "$1"));
}

function seconds(s) {
  if (s >= 10) return s.toFixed(0) + " s";
  if (s >= 1) return s.toFixed(1) + " s";
  return Math.round(s * 1000) + " ms";
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    // Through the CSSOM: the content security policy refuses style attributes.
    else if (k === "style") e.style.cssText = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

async function getJSON(url) {
  const r = await fetch(url, { cache: "no-store" });
  if (!r.ok) throw new Error(url + ": " + r.status);
  return r.json();
}

function stateClass(s) {
  if (s === "active") return "state-active";
  if (s === "starting" || s === "draining") return "state-starting";
  return "state-bad";
}

function renderStatus(st) {
  const up = Math.round((Date.now() - parseTime(st.started_at)) / 1000);
  document.getElementById("daemon").textContent =
    `${st.daemon_id} · ${st.version} · pid ${st.pid} · up ${up}s${st.draining ? " · draining" : ""}`;
  const body = document.querySelector("#scalesets tbody");
  body.replaceChildren();
  const select = document.getElementById("f-scaleset");
  for (const s of st.scale_sets || []) {
    if (!knownScaleSets.has(s.name)) {
      knownScaleSets.add(s.name);
      select.append(el("option", {}, s.name));
    }
    const runners = el("td", {});
    for (const r of s.runners || []) {
      runners.append(el("span", { class: "runner " + r.phase, title: r.phase + (r.job_id ? " · job " + r.job_id : "") }, r.name));
    }
    if (!(s.runners || []).length) runners.append(el("span", { class: "muted" }, "none"));
    const stats = s.statistics || {};
    body.append(el("tr", {},
      el("td", { class: "scaleset-name" }, s.name),
      el("td", { class: stateClass(s.state) }, s.state),
      el("td", {}, s.listener || ""),
      el("td", {}, `${s.capacity} / max ${s.max_runners}`),
      runners,
      el("td", {}, `available ${stats.available_jobs || 0} · acquired ${stats.acquired_jobs || 0} · assigned ${stats.assigned_jobs || 0} · running ${stats.running_jobs || 0}`),
      el("td", { class: "muted" }, s.error || "")));
  }
}

function renderLegend() {
  const legend = document.getElementById("legend");
  for (const p of PHASES) legend.append(el("span", { style: `--c: var(--${p})` }, p));
  legend.append(el("span", { style: "--c: var(--teardown)" }, "teardown"));
}

function renderJobs(list) {
  const now = parseTime(list.now) || Date.now();
  const jobs = list.jobs || [];
  document.getElementById("jobcount").textContent = `${jobs.length} of ${list.total} jobs`;
  const gantt = document.getElementById("gantt");
  if (!jobs.length) {
    gantt.replaceChildren(el("div", { class: "muted" }, "no jobs yet"));
    return;
  }
  let t0 = Infinity, t1 = now;
  for (const j of jobs) {
    const start = parseTime(j.marks.queued) || parseTime(j.phases[0] && j.phases[0].start);
    if (start) t0 = Math.min(t0, start);
    const down = parseTime(j.marks.torn_down);
    if (down) t1 = Math.max(t1, down);
  }
  const span = Math.max(t1 - t0, 1);
  const pct = (t) => (100 * (t - t0) / span).toFixed(3) + "%";
  const frag = document.createDocumentFragment();
  const ticks = el("div", { class: "ticks" });
  for (let i = 0; i <= 4; i++) {
    ticks.append(el("span", { style: `left: ${i * 25}%` }, "-" + seconds((t1 - (t0 + span * i / 4)) / 1000)));
  }
  frag.append(el("div", { class: "axis" }, el("div", {}, ""), ticks));
  for (const j of jobs) {
    const track = el("div", { class: "track" });
    for (const p of j.phases) {
      if (p.seconds <= 0) continue;
      const s = parseTime(p.start);
      track.append(el("div", { class: "seg", title: `${p.name} ${seconds(p.seconds)}`,
        style: `left: ${pct(s)}; width: ${(100 * p.seconds * 1000 / span).toFixed(3)}%; background: var(--${p.name})` }));
    }
    const done = parseTime(j.marks.job_completed), down = parseTime(j.marks.torn_down);
    if (done && down && down > done) {
      track.append(el("div", { class: "seg", title: "teardown " + seconds((down - done) / 1000),
        style: `left: ${pct(done)}; width: ${(100 * (down - done) / span).toFixed(3)}%; background: var(--teardown)` }));
    }
    const label = el("div", { class: "label", title: (j.github && j.github.repository) || "" },
      el("span", { class: "id" }, j.id), " ", j.scale_set, " · ", j.state === "running" ? "running" : (j.result || j.state),
      " · ", seconds(j.total_seconds));
    frag.append(el("div", { class: "row job-row" + (j.id === selected ? " sel" : ""), "data-job": j.id, "data-state": j.state,
      onclick: () => { location.hash = "job=" + encodeURIComponent(j.id); explain(j.id); } }, label, track));
  }
  gantt.replaceChildren(frag);
}

async function explain(id) {
  selected = id;
  let d;
  try {
    d = await getJSON("api/jobs/" + encodeURIComponent(id));
  } catch (e) {
    return;
  }
  const j = d.job, gh = j.github || {};
  const rows = el("tbody", {});
  for (const p of j.phases) {
    if (p.seconds <= 0) continue;
    rows.append(el("tr", {}, el("td", {}, el("span", { class: "swatch", style: `background: var(--${p.name})` }), p.name),
      el("td", {}, seconds(p.seconds)),
      el("td", {}, j.total_seconds > 0 ? Math.round(100 * p.seconds / j.total_seconds) + "%" : "")));
  }
  rows.append(el("tr", {}, el("td", {}, "total"), el("td", {}, seconds(j.total_seconds)), el("td", {}, "")));
  const about = [["repository", gh.repository], ["workflow", gh.workflow_ref], ["job", gh.display_name], ["run", gh.workflow_run_id],
    ["labels", (gh.labels || []).join(", ")], ["runner", j.runner]].filter(([, v]) => v);
  const body = document.getElementById("explain-body");
  body.replaceChildren(
    el("h2", {}, `job ${j.id} · ${j.scale_set} · ${j.state}${j.result ? " (" + j.result + ")" : ""}`),
    el("div", { class: "sentence", id: "explanation" }, d.explanation),
    el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, "phase"), el("th", {}, "duration"), el("th", {}, "share"))), rows),
    ...(j.holds || []).map((h) => el("p", { class: "muted" }, `capacity wait: ${seconds(h.seconds)} held by ${h.reason || "runners busy with earlier jobs"}${h.limit ? " " + h.limit : ""}`)),
    ...(j.start_failures || []).map((e, i) => el("p", { class: "muted" }, `failed start ${i + 1}: ${e}`)),
    el("table", {}, el("tbody", {}, ...about.map(([k, v]) => el("tr", {}, el("th", {}, k), el("td", {}, String(v)))))));
  document.getElementById("explain").hidden = false;
  for (const r of document.querySelectorAll(".job-row")) r.classList.toggle("sel", r.dataset.job === id);
}

async function poll() {
  const q = new URLSearchParams();
  const ss = document.getElementById("f-scaleset").value, state = document.getElementById("f-state").value;
  if (ss) q.set("scale_set", ss);
  if (state) q.set("state", state);
  q.set("limit", document.getElementById("f-limit").value);
  try {
    const [st, jobs] = await Promise.all([getJSON("api/status"), getJSON("api/jobs?" + q)]);
    renderStatus(st);
    renderJobs(jobs);
    document.getElementById("updated").textContent = "updated " + new Date().toLocaleTimeString();
  } catch (e) {
    document.getElementById("updated").textContent = "the daemon does not answer: " + e.message;
  }
}

renderLegend();
// #job=ID opens a job's explanation (links, screenshots).
const linked = /^#job=(.+)$/.exec(location.hash);
if (linked) explain(decodeURIComponent(linked[1]));
document.getElementById("close").addEventListener("click", () => {
  document.getElementById("explain").hidden = true;
  history.replaceState(null, "", location.pathname);
  selected = null;
});
for (const id of ["f-scaleset", "f-state", "f-limit"]) document.getElementById(id).addEventListener("change", poll);
poll();
setInterval(poll, POLL_MS);
