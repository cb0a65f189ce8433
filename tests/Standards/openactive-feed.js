// node openactive-feed.js <feed URL>
// Walks an RPDE feed with OpenActive's RPDE validator, then checks every item's data with
// OpenActive's data-model validator. Prints one JSON object: counts, and each distinct message
// with how often it occurred. Exit code 0 when it ran (the caller judges the counts).
const { RpdeValidator } = require('@openactive/rpde-validator');
const { validate } = require('@openactive/data-model-validator');

const summarize = (list) => Object.entries(list.reduce((seen, m) => {
  const key = `${m.type} ${m.path ?? ''} ${(m.message ?? '').split('\n')[0]}`;
  seen[key] = (seen[key] ?? 0) + 1;
  return seen;
}, {})).map(([message, count]) => ({ message, count }));

(async () => {
  const url = process.argv[2];
  const log = await RpdeValidator(url, { logCallback: () => {}, pageLimit: 100, timeoutMs: 20000 });
  const rpde = log.pages.flatMap((page) => page.errors);
  const model = [];
  let next = url;
  const counts = { pages: 0, updated: 0, deleted: 0 };
  for (;;) {
    const page = await (await fetch(next)).json();
    counts.pages += 1;
    for (const item of page.items) {
      counts[item.state] += 1;
      if (item.state === 'updated') {
        // loadRemoteJson: the activity list the data points to is the host's own.
        for (const m of await validate(item.data, { loadRemoteJson: true })) model.push(m);
      }
    }
    if (page.items.length === 0 || page.next === next) break;
    next = page.next;
  }
  const bySeverity = (list, severity) => summarize(list.filter((m) => m.severity === severity));
  console.log(JSON.stringify({
    ...counts,
    rpdeFailures: bySeverity(rpde, 'failure'),
    rpdeWarnings: bySeverity(rpde, 'warning'),
    modelFailures: bySeverity(model, 'failure'),
    modelWarnings: bySeverity(model, 'warning'),
  }));
})().catch((error) => { console.error(error); process.exit(2); });
