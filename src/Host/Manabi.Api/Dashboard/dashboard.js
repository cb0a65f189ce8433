// The plan's indicators for anyone to read: the API's public reads, drawn with Chart.js.
// Everything shown is set as text (never parsed as HTML), as plan names and ids come from the API.
"use strict";

const api = "../api/v1/indicators/plans";

const texts = {
  ja: {
    switchTo: "English", loading: "読み込み中…", failed: "数値を読み込めませんでした。時間をおいて再度お試しください。",
    asOf: y => `${y}年度の状況（集計は随時更新されます）`, current: "現在値", target: "目標", baseline: "基準値",
    status: "進捗（Open SDG 方式）", grade: "達成度", rate: "達成率", pace: "目標まであと毎年",
    noValue: "未集計", back: "一覧へ戻る", series: "年度ごとの値", fiscalYear: "年度", value: "値", source: "出典",
    counted: "この値が数えたもの", id: "記録の番号", date: "日付", previous: "前へ", next: "次へ", none: "この年度に数えたものはありません。",
    page: (from, to, total) => `${total}件中 ${from}〜${to}件`, hidden: "（個人のため非公開）",
    actual: "実績", targetLine: "目標への道筋", fy: y => `${y}年度`, sample: n => `回答・対象 ${n}`,
    unreliable: "回答数が少なく参考値", interval: (lo, hi) => `95%信頼区間 ${lo}〜${hi}%`, confirmed: "確定済み",
    sources: { Computed: "システムで集計", Entered: "職員が入力", Baseline: "計画の基準値" },
    statuses: {
      TargetAchieved: "目標達成", SubstantialProgress: "順調に進んでいる", ModerateProgress: "ある程度進んでいる",
      LimitedProgress: "わずかに進んでいる", Deterioration: "後退している", NotAvailable: "判定に必要な年数がない",
    },
    grades: { S: "S 目標を上回る", A: "A 基準値より改善", B: "B 基準値並み", C: "C 基準値より悪化", NotAssessable: "− 評価できない" },
    directions: { AtLeast: "以上", AtMost: "以下", Increase: "増加", Decrease: "減少" },
    method: "進捗は Open SDG（sdg-build）の方法、達成度は基準値・目標値との比較で判定しています。各数値は記録から自動で集計し、職員が入力した値はその旨を表示します。",
  },
  en: {
    switchTo: "日本語", loading: "Loading…", failed: "The figures could not be loaded. Please try again later.",
    asOf: y => `Fiscal year ${y} so far (figures update as records arrive)`, current: "Current", target: "Target", baseline: "Baseline",
    status: "Progress (Open SDG method)", grade: "Grade", rate: "Achievement", pace: "Needed each year",
    noValue: "no data yet", back: "Back to all measures", series: "Values by fiscal year", fiscalYear: "Fiscal year", value: "Value", source: "Source",
    counted: "What this value counted", id: "Record id", date: "Date", previous: "Previous", next: "Next", none: "Nothing was counted in this fiscal year.",
    page: (from, to, total) => `${from}–${to} of ${total}`, hidden: "(personal, not shown)",
    actual: "Actual", targetLine: "Path to target", fy: y => `FY${y}`, sample: n => `n = ${n}`,
    unreliable: "too few responses to rely on", interval: (lo, hi) => `95% interval ${lo}–${hi}%`, confirmed: "confirmed",
    sources: { Computed: "computed from records", Entered: "entered by staff", Baseline: "the plan's baseline" },
    statuses: {
      TargetAchieved: "Target achieved", SubstantialProgress: "Substantial progress", ModerateProgress: "Moderate progress",
      LimitedProgress: "Limited progress", Deterioration: "Deterioration", NotAvailable: "Not enough years to assess",
    },
    grades: { S: "S above target", A: "A better than baseline", B: "B about the baseline", C: "C worse than baseline", NotAssessable: "− not assessable" },
    directions: { AtLeast: "or more", AtMost: "or less", Increase: "increase", Decrease: "decrease" },
    method: "Progress follows the Open SDG (sdg-build) method; the grade compares the value with the baseline and the target. Values are computed from the records; values entered by staff are marked.",
  },
};

let lang = new URLSearchParams(location.search).get("lang") === "en" || localStorage.getItem("manabi.lang") === "en" ? "en" : "ja";
let plan, report;
const t = () => texts[lang];
const local = text => (lang === "en" ? text.en : text.ja);

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

function number(value, measure) {
  if (value === null || value === undefined) return t().noValue;
  const formatted = new Intl.NumberFormat(lang === "en" ? "en" : "ja-JP", { maximumFractionDigits: 1 }).format(value);
  return measure.unit === "Percent" ? `${formatted}%` : `${formatted} ${local(measure.unitName)}`;
}

function targetText(measure) {
  const target = measure.target;
  const words = t().directions[target.direction];
  const value = target.value === null ? words : `${number(target.value, measure)} ${words}`;
  return `${value}（${t().fy(target.fiscalYear)}）`;
}

async function read(path) {
  const response = await fetch(`${api}/${path}`, { headers: { Accept: "application/json", "Accept-Language": lang } });
  if (!response.ok) throw new Error(`${response.status} ${path}`);
  return response.json();
}

async function load() {
  const query = new URLSearchParams(location.search).get("plan");
  const code = query ?? (await read(""))[0]?.code;
  [plan, report] = await Promise.all([read(encodeURIComponent(code)), read(`${encodeURIComponent(code)}/report`)]);
}

// The fiscal-year series against the straight path from the baseline (or first year) to the target.
function drawChart(canvas, entry, large) {
  const years = [];
  for (let y = plan.firstFiscalYear; y <= plan.lastFiscalYear; y++) years.push(y);
  const byYear = new Map(entry.values.map(v => [v.fiscalYear, v.value]));
  const target = entry.measure.target;
  const start = entry.values[0];
  const path = years.map(() => null);
  if (target.value !== null) {
    const from = start ?? { fiscalYear: plan.firstFiscalYear, value: target.value };
    path[from.fiscalYear - plan.firstFiscalYear] = from.value;
    path[target.fiscalYear - plan.firstFiscalYear] = target.value;
  }
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", entry.values.map(v => `${t().fy(v.fiscalYear)} ${number(v.value, entry.measure)}`).join("、") || t().noValue);
  return new Chart(canvas, {
    type: "line",
    data: {
      labels: years.map(y => (large ? t().fy(y) : String(y))),
      datasets: [
        { label: t().actual, data: years.map(y => byYear.get(y) ?? null), borderColor: "#0b6e99", backgroundColor: "#0b6e99", spanGaps: true, pointRadius: large ? 4 : 3 },
        { label: t().targetLine, data: path, borderColor: "#8a6d00", borderDash: [6, 4], pointRadius: 0, spanGaps: true },
      ],
    },
    options: {
      animation: false, maintainAspectRatio: false,
      plugins: { legend: { display: large } },
      scales: { y: { beginAtZero: entry.measure.unit === "Percent", suggestedMax: entry.measure.unit === "Percent" ? 100 : undefined } },
    },
  });
}

function badges(entry) {
  const status = entry.statusDecision?.status ?? entry.status;
  return el("div", { class: "figures" },
    el("span", { class: `badge status-${status}`, title: t().status }, t().statuses[status]),
    el("span", { class: `badge grade-${entry.grade}`, title: t().grade }, t().grades[entry.grade]));
}

function card(entry) {
  const measure = entry.measure;
  const link = el("a", { class: "measure", href: `#/measures/${encodeURIComponent(measure.code)}`, "data-measure": measure.code },
    el("div", {}, el("span", { class: "code" }, measure.code), el("span", { class: "name" }, local(measure.name))),
    el("div", { class: "figures" },
      el("span", {}, `${t().current} `, el("span", { class: "value" }, number(entry.value, measure))),
      el("span", {}, `${t().target} ${targetText(measure)}`)),
    badges(entry));
  const canvas = el("canvas");
  link.append(el("div", { class: "chart" }, canvas));
  return { node: link, draw: () => drawChart(canvas, entry, false) };
}

function renderOverview(main) {
  const entries = new Map(report.measures.map(m => [m.measure.code, m]));
  const drawings = [];
  for (const goal of plan.goals) {
    main.append(el("h2", {}, local(goal.title)));
    for (const item of goal.items) {
      main.append(el("h3", {}, local(item.title)));
      const grid = el("div", { class: "measures" });
      for (const indicator of item.indicators) {
        for (const measure of indicator.measures) {
          const made = card(entries.get(measure.code));
          grid.append(made.node);
          drawings.push(made.draw);
        }
      }
      main.append(grid);
    }
  }
  drawings.forEach(draw => draw());
}

function valueCell(v, measure) {
  const notes = [t().sources[v.source]];
  if (v.note) notes.push(v.note);
  if (v.sampleSize !== null && v.sampleSize !== undefined) notes.push(t().sample(v.sampleSize));
  if (v.interval) notes.push(t().interval(v.interval.low, v.interval.high));
  if (v.reliable === false) notes.push(t().unreliable);
  if (v.confirmed) notes.push(t().confirmed);
  return el("tr", {}, el("td", {}, t().fy(v.fiscalYear)), el("td", { class: "number" }, number(v.value, measure)), el("td", {}, notes.join("・")));
}

async function renderItems(section, measure, offset) {
  const limit = 20;
  const page = await read(`${encodeURIComponent(plan.code)}/measures/${encodeURIComponent(measure.code)}/items?fiscalYear=${report.fiscalYear}&offset=${offset}&limit=${limit}`);
  section.replaceChildren(el("h2", {}, `${t().counted}（${t().fy(report.fiscalYear)}）`));
  if (page.total === 0) {
    section.append(el("p", { class: "note" }, t().none));
    return;
  }
  const rows = page.items.map(i => el("tr", {}, el("td", {}, i.id ?? t().hidden), el("td", {}, i.date), el("td", { class: "number" }, String(i.value))));
  section.append(el("table", { id: "items" }, el("thead", {}, el("tr", {}, el("th", {}, t().id), el("th", {}, t().date), el("th", {}, t().value))), el("tbody", {}, ...rows)));
  const previous = el("button", { type: "button" }, t().previous);
  const next = el("button", { type: "button" }, t().next);
  previous.disabled = offset === 0;
  next.disabled = offset + limit >= page.total;
  previous.addEventListener("click", () => renderItems(section, measure, Math.max(0, offset - limit)));
  next.addEventListener("click", () => renderItems(section, measure, offset + limit));
  section.append(el("div", { class: "pager" }, previous, el("span", {}, t().page(offset + 1, offset + page.items.length, page.total)), next));
}

function renderMeasure(main, code) {
  const entry = report.measures.find(m => m.measure.code === code);
  if (!entry) return renderOverview(main);
  const measure = entry.measure;
  const canvas = el("canvas");
  const facts = [
    `${t().baseline} ${measure.baseline.value === null ? "—" : number(measure.baseline.value, measure)}（${t().fy(measure.baseline.fiscalYear)}）`,
    `${t().target} ${targetText(measure)}`,
  ];
  if (entry.achievementRate !== null) facts.push(`${t().rate} ${Math.round(entry.achievementRate * 1000) / 10}%`);
  if (entry.paceNeeded !== null) facts.push(`${t().pace} ${number(entry.paceNeeded, measure)}`);
  const items = el("section", { id: "counted" });
  main.append(
    el("p", {}, el("a", { href: "#/" }, t().back)),
    el("h2", { "data-measure": measure.code }, `${measure.code} ${local(measure.name)}`),
    el("div", { class: "figures" }, el("span", { class: "value" }, number(entry.value, measure)), ...facts.map(f => el("span", {}, f))),
    badges(entry),
    el("div", { class: "chart large", "data-measure": measure.code }, canvas),
    el("h2", {}, t().series),
    el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, t().fiscalYear), el("th", {}, t().value), el("th", {}, t().source))),
      el("tbody", {}, ...entry.values.map(v => valueCell(v, measure)))),
    items);
  drawChart(canvas, entry, true);
  return renderItems(items, measure, 0);
}

function render() {
  document.documentElement.lang = lang;
  document.title = `${local(plan.title)} — ${lang === "en" ? "Indicators" : "目標指標"}`;
  document.getElementById("city").textContent = local(plan.city);
  document.getElementById("title").textContent = local(plan.title);
  document.getElementById("as-of").textContent = t().asOf(report.fiscalYear);
  document.getElementById("method").textContent = t().method;
  const button = document.getElementById("language");
  button.textContent = t().switchTo;
  button.lang = lang === "en" ? "ja" : "en";
  const main = document.getElementById("main");
  Object.values(Chart.instances).forEach(chart => chart.destroy());
  main.replaceChildren();
  const match = location.hash.match(/^#\/measures\/(.+)$/);
  return match ? renderMeasure(main, decodeURIComponent(match[1])) : renderOverview(main);
}

document.getElementById("language").addEventListener("click", () => {
  lang = lang === "en" ? "ja" : "en";
  localStorage.setItem("manabi.lang", lang);
  render();
});
window.addEventListener("hashchange", () => { render(); window.scrollTo(0, 0); });

load().then(render).then(() => document.body.setAttribute("data-ready", "true")).catch(error => {
  document.getElementById("main").replaceChildren(el("p", { role: "alert" }, t().failed));
  console.warn(error);
});
