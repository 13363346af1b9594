// The one way views build DOM: elements from tag names, text only through textContent, attributes from a
// short allow-list. Data from articles never passes through an HTML parser (no innerHTML anywhere).

type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (e: HTMLElementEventMap[K]) => void };
}

const SAFE_ATTRS = /^(id|class|type|name|title|value|list|placeholder|accept|min|max|step|for|role|tabindex|scope|autocomplete|target|rel|download|data-[a-z-]+|aria-[a-z-]+)$/;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, opts: ElementOptions = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (opts.className) node.className = opts.className;
  if (opts.text !== undefined) node.textContent = opts.text;
  for (const [k, v] of Object.entries(opts.attrs ?? {})) {
    if (v === undefined) continue;
    if (!SAFE_ATTRS.test(k)) throw new Error(`geokg viewer: attribute "${k}" is not allowed`);
    node.setAttribute(k, v);
  }
  for (const [type, fn] of Object.entries(opts.on ?? {})) node.addEventListener(type, fn as EventListener);
  for (const c of children) if (c) node.append(c); // append() of a string makes a Text node
  return node;
}

/** A link to an http(s) URL only; anything else (javascript:, data:) becomes plain text. */
export function link(href: string, text: string): HTMLElement {
  let url: URL | null = null;
  try {
    url = new URL(href);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return el('span', { text });
  const a = el('a', { text, attrs: { target: '_blank', rel: 'noopener noreferrer' } });
  a.href = url.href;
  return a;
}

export function clear(node: Element): void {
  node.replaceChildren();
}

/** Runs `run` once the page is idle (soon in any case), after the frames that are due. */
export function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 300 });
  else setTimeout(run, 50);
}
