import { openStore } from './src/store/open.js';
import { buildServer } from './src/server/index.js';
const store = await openStore('/tmp/rep/demo.duckdb', { readOnly: true });
const app = await buildServer({ store, webRoot: null });
let t = Date.now();
for (const url of ['/api/reports/SRB/NATO?from=2006&to=2017&against=RUS', '/api/reports/SRB/NATO?from=2006&to=2017&against=RUS&format=md', '/api/reports/SRB/NATO?from=2006-13', '/api/reports/SRB/SRB', '/api/reports/SRB/NATO?format=doc', '/api/reports/SRB/NATO?from=2017&to=2006', '/api/reports/ABC/XYZ', '/api/reports/SRB/NATO?from=1990&to=1991']) {
  t = Date.now();
  const r = await app.inject(url);
  console.log(url, r.statusCode, r.headers['content-type'], r.headers['content-disposition'], r.rawPayload.length, Date.now() - t, 'ms', r.statusCode >= 400 ? r.body : '');
  if (url.endsWith('1991') || url.includes('XYZ')) console.log(/<section id="summary">(.*?)<\/section>/.exec(r.body)?.[1]);
}
const doc = (await app.inject('/api/openapi.json')).json();
console.log(JSON.stringify(doc.paths['/api/reports/{a}/{b}']).slice(0, 600));
await app.close(); await store.close();
