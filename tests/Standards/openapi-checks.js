// node openapi-checks.js <openapi.json>
// What a client team runs on the document: Spectral (its `oas` ruleset and OWASP's), Redocly (`recommended`),
// and a TypeScript client generated with openapi-typescript, compiled under `tsc --strict`
// together with client/calls.ts. Prints one JSON object with each tool's findings.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const spec = path.resolve(process.argv[2]);
const bin = (name) => path.join(__dirname, 'node_modules', '.bin', name);
const run = (name, args) => {
  try {
    return { code: 0, out: execFileSync(bin(name), args, { cwd: __dirname, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    return { code: error.status ?? 1, out: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
};

const spectral = run('spectral', ['lint', spec, '--ruleset', path.join(__dirname, 'spectral-oas.yaml'), '--format', 'json', '--quiet', '--fail-severity', 'error']);
const spectralFindings = JSON.parse(spectral.out.trim() || '[]').map((f) => ({ rule: f.code, severity: ['error', 'warn', 'info', 'hint'][f.severity], path: f.path.join('.'), message: f.message }));

// OWASP's API Security Top 10 rules; the reasons for the few scoped or off are in the ruleset file.
const owasp = run('spectral', ['lint', spec, '--ruleset', path.join(__dirname, 'spectral-owasp.yaml'), '--format', 'json', '--quiet']);
const owaspFindings = JSON.parse(owasp.out.trim() || '[]').map((f) => ({ rule: f.code, severity: ['error', 'warn', 'info', 'hint'][f.severity], path: f.path.join('.'), message: f.message }));

const redocly = run('redocly', ['lint', spec, '--extends', 'recommended', '--format', 'json']);
const redoclyFindings = JSON.parse(redocly.out.slice(redocly.out.indexOf('{'), redocly.out.lastIndexOf('}') + 1)).problems
  .map((p) => ({ rule: p.ruleId, severity: p.severity, path: p.location?.[0]?.pointer, message: p.message }));

fs.mkdirSync(path.join(__dirname, 'client', 'generated'), { recursive: true });
const generated = run('openapi-typescript', [spec, '--output', path.join(__dirname, 'client', 'generated', 'api.d.ts')]);
const tsc = generated.code === 0 ? run('tsc', ['-p', path.join(__dirname, 'client', 'tsconfig.json')]) : generated;

console.log(JSON.stringify({
  spectral: spectralFindings,
  owasp: owaspFindings,
  redocly: redoclyFindings,
  typescript: { code: tsc.code, output: tsc.code === 0 ? '' : tsc.out.slice(0, 4000) },
}));
