// node kubernetes-manifests.js <file.yaml>...
// Validates every document of the given manifests against the Kubernetes API's schemas
// (kubernetes-models: types, enums, required fields, formats). Prints one JSON object: the
// documents checked and their errors, and those of kinds it has no schema for (operators' CRDs).
// Exit code 0 when it ran (the caller judges the result).
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

(async () => {
  const checked = [];
  const unchecked = [];
  const errors = [];
  for (const file of process.argv.slice(2)) {
    for (const document of YAML.parseAllDocuments(fs.readFileSync(file, 'utf8'))) {
      const name = `${path.basename(file)}: ${document.get('kind')}/${document.getIn(['metadata', 'name'])}`;
      if (document.errors.length > 0) {
        errors.push({ document: name, message: document.errors.map((e) => e.message).join('; ') });
        continue;
      }
      const manifest = document.toJS();
      // apiVersion "apps/v1" → kubernetes-models/apps/v1; the core group "v1" → kubernetes-models/v1.
      let models;
      try {
        models = await import(`kubernetes-models/${manifest.apiVersion}`);
      } catch {
        unchecked.push(name);
        continue;
      }
      const Model = models[manifest.kind];
      if (!Model) {
        errors.push({ document: name, message: `no kind ${manifest.kind} in ${manifest.apiVersion}` });
        continue;
      }
      try {
        new Model(manifest).validate();
        checked.push(name);
      } catch (e) {
        errors.push({ document: name, message: e.message });
      }
    }
  }
  console.log(JSON.stringify({ checked, unchecked, errors }));
})();
