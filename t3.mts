import { openStore } from './src/store/open.js';
import { buildReport, renderReport } from './src/report/index.js';
const store = await openStore('/tmp/rep/demo.duckdb', { readOnly: true });
for (const q of [{ a: 'SRB', b: 'NATO', from: '1990-01-01', to: '1991-12-31', against: 'RUS' }, { a: 'ABC', b: 'XYZ' }, { a: 'FIN', b: 'NATO' }]) {
  const r = await buildReport(store, q);
  console.log((await renderReport(r, 'md')).body);
}
await store.close();
