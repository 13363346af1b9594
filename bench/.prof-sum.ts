import { readdirSync } from 'node:fs';
import { formatProfile, summarizeProfile } from '/work/main/bench/profile.ts';
const dir = process.argv[2]!;
const all = readdirSync(dir).map((f) => summarizeProfile(dir + '/' + f, Number(process.argv[3] ?? 30)));
all.sort((a, b) => b.totalMs - a.totalMs);
console.log(formatProfile(all[0]!));
