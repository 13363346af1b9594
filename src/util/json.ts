// JSON text written without recursion: an attribute nested a hundred thousand levels deep (which JSON.parse
// reads, iteratively) must not overflow the stack on the way out. For JSON data it gives JSON.stringify's
// bytes (compact), or, with sorted keys, those of JSON.stringify over a copy with every object's keys sorted.

type Step = { text: string } | { value: unknown; inArray: boolean };

/** The JSON text of a scalar, or undefined where JSON has none (undefined, a function, a symbol). */
function scalar(v: unknown): string | undefined {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string': return JSON.stringify(v);
    case 'number': return Number.isFinite(v) ? String(v) : 'null';
    case 'boolean': return v ? 'true' : 'false';
    case 'bigint': return JSON.stringify(v); // throws, as JSON.stringify does
    default: return undefined;
  }
}

const writable = (v: unknown) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';

export function jsonText(value: unknown, { sortKeys = false }: { sortKeys?: boolean } = {}): string {
  const out: string[] = [];
  const todo: Step[] = [{ value, inArray: true }];
  while (todo.length) {
    const step = todo.pop()!;
    if ('text' in step) {
      out.push(step.text);
      continue;
    }
    let v = step.value;
    // JSON.stringify honours toJSON (a Date); the sorted form copies own keys only, as it always has
    if (!sortKeys && v && typeof (v as { toJSON?: unknown }).toJSON === 'function') v = (v as { toJSON: () => unknown }).toJSON();
    if (v === null || typeof v !== 'object') {
      out.push(scalar(v) ?? (step.inArray ? 'null' : ''));
      continue;
    }
    if (Array.isArray(v)) {
      out.push('[');
      todo.push({ text: ']' });
      for (let i = v.length - 1; i >= 0; i--) {
        todo.push({ value: v[i], inArray: true });
        if (i) todo.push({ text: ',' });
      }
      continue;
    }
    const record = v as Record<string, unknown>;
    const keys = Object.keys(record).filter((k) => writable(record[k]));
    if (sortKeys) keys.sort();
    out.push('{');
    todo.push({ text: '}' });
    for (let i = keys.length - 1; i >= 0; i--) {
      todo.push({ value: record[keys[i]!], inArray: false });
      todo.push({ text: `${i ? ',' : ''}${JSON.stringify(keys[i])}:` });
    }
  }
  return out.join('');
}
