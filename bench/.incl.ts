import { readdirSync, readFileSync } from 'node:fs';
const dir = process.argv[2]!;
const file = readdirSync(dir).map((f) => dir + '/' + f).sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0]!;
const p = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map<number, any>(p.nodes.map((n: any) => [n.id, n]));
for (const n of p.nodes) for (const c of n.children ?? []) byId.get(c).parent = n.id;
const incl = new Map<string, number>();
let total = 0;
p.samples.forEach((id: number, i: number) => {
  const ms = p.timeDeltas[i] / 1000; total += ms;
  const seen = new Set<string>();
  for (let at = id; at !== undefined; at = byId.get(at).parent) {
    const cf = byId.get(at).callFrame; const k = `${cf.functionName}@${cf.url.replace(/.*node_modules\//, '').replace(/.*\/work\/main\//, '')}:${cf.lineNumber + 1}`;
    if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + ms); }
  }
});
const re = new RegExp(process.argv[3] ?? '.');
console.log('total', total.toFixed(0));
for (const [k, v] of [...incl].filter(([k]) => re.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(0).padStart(7), k);
