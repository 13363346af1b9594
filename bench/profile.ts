// Reads a V8 .cpuprofile (node --cpu-prof) and ranks where the time went: by function (self time)
// and by area (geokg's own stage folders, compromise, graphology, the rest).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

export interface HotSpot { name: string; where: string; selfMs: number; share: number }
export interface ProfileSummary {
  totalMs: number;
  functions: HotSpot[];
  areas: HotSpot[];
  /** geokg's own functions by inclusive time (with what they call): where each stage's time goes */
  geokg: HotSpot[];
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** src/<stage>, node_modules/<package>, node internals, or V8's own (GC, idle, program). */
function areaOf(url: string, name: string): string {
  const path = url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1]!;
  if (path.startsWith(ROOT)) return path.slice(ROOT.length).split('/').slice(0, 2).join('/');
  if (path.startsWith('node:') || (path && !path.startsWith('/'))) return 'node';
  return `(${name || 'v8'})`;
}

export function summarizeProfile(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) byId.get(c)!.parent = n.id;
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const functions = new Map<string, HotSpot>();
  const areas = new Map<string, HotSpot>();
  const inclusive = new Map<string, HotSpot>();
  const add = (m: Map<string, HotSpot>, key: string, name: string, where: string, ms: number) => {
    const h = m.get(key) ?? { name, where, selfMs: 0, share: 0 };
    h.selfMs += ms;
    m.set(key, h);
  };
  const describe = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const area = areaOf(url, functionName);
    const where = url ? `${url.replace(/^file:\/\//, '').replace(ROOT, '')}:${lineNumber + 1}` : area;
    return { name: functionName || '(anonymous)', area, where, key: `${functionName || '(anonymous)'}@${where}` };
  };
  let totalMs = 0;
  for (const [id, ms] of self) {
    const f = describe(id);
    add(functions, f.key, f.name, f.where, ms);
    add(areas, f.area, f.area, f.area, ms);
    totalMs += ms;
    // every geokg function on the stack gets the sample once, however deep the recursion
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = byId.get(at)!.parent) {
      const g = describe(at);
      if (/^(src|dist)\//.test(g.area) && g.name !== '(anonymous)' && !seen.has(g.key)) { seen.add(g.key); add(inclusive, g.key, g.name, g.where, ms); }
    }
  }
  const rank = (m: Map<string, HotSpot>) => [...m.values()].map((h) => ({ ...h, share: h.selfMs / totalMs })).sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
  return { totalMs, functions: rank(functions), areas: rank(areas), geokg: rank(inclusive) };
}

export function formatProfile(p: ProfileSummary): string {
  const row = (h: HotSpot) => `  ${(h.share * 100).toFixed(1).padStart(5)}%  ${h.selfMs.toFixed(0).padStart(7)} ms  ${h.name}${h.where !== h.name ? `  ${h.where}` : ''}`;
  return [
    `profile: ${(p.totalMs / 1000).toFixed(2)} s sampled`, 'by area (self time):', ...p.areas.map(row), 'by function (self time):', ...p.functions.map(row),
    'geokg functions (inclusive time, with what they call):', ...p.geokg.map(row),
  ].join('\n');
}
