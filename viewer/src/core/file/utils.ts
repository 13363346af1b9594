import type { GraphFormat } from './types.ts';

/** By extension, else by the first character: GEXF is XML. */
export function detectFormat(name: string, text: string): GraphFormat {
  if (/\.gexf$/i.test(name)) return 'gexf';
  if (/\.json$/i.test(name)) return 'json';
  return text.trimStart().startsWith('<') ? 'gexf' : 'json';
}

/** Only http(s) and same-origin relative URLs may be fetched or linked. */
export function safeUrl(url: string, base: string): URL | null {
  try {
    const u = new URL(url, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

export function baseName(name: string): string {
  return (name.split(/[\\/]/).pop() ?? 'graph').replace(/\.[^.]*$/, '') || 'graph';
}
