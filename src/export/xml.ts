// Shared by the XML formats (GEXF, GraphML): refusing unsafe input, parsing with one-line errors,
// and keeping written strings inside what XML 1.0 can hold.
import { DOMParser } from '@xmldom/xmldom';
import { GeokgError } from '../util/errors.ts';

/**
 * geokg graphs never need a DTD. A DOCTYPE or ENTITY declaration is how entity-expansion bombs
 * ("billion laughs") and external-entity reads get in, so they are refused before any parser sees them.
 */
export function refuseUnsafeXml(text: string, name: string): void {
  const m = /<!\s*(DOCTYPE|ENTITY)/i.exec(text);
  if (m) throw new GeokgError('import', `${name}: XML with a ${m[1]!.toUpperCase()} declaration is refused (entity expansion is unsafe); remove the declaration`);
}

/** Parses XML with xmldom, turning its console warnings and errors into a one-line GeokgError. */
export function parseXml(text: string, name: string): Document {
  refuseUnsafeXml(text, name);
  const fail = (msg: string) => {
    throw new GeokgError('import', `${name}: not well-formed XML (${String(msg).split('\n')[0]!.replace(/^\[xmldom [a-z]+\]\s*/i, '')})`);
  };
  const doc = new DOMParser({
    // xmldom only reports a malformed document through this handler (by default it logs and goes on)
    errorHandler: { warning: () => {}, error: fail, fatalError: fail },
    // xmldom applies XML 1.1's line-end rules (U+0085 and U+2028 become \n) to every document; XML 1.0,
    // which GEXF is, folds only CR LF and CR, so a label holding U+2028 comes back as written
    normalizeLineEndings: (s: string) => s.replace(/\r\n?/g, '\n'),
  } as ConstructorParameters<typeof DOMParser>[0]).parseFromString(text, 'application/xml'); // the option is missing from xmldom 0.8's types
  if (!doc?.documentElement) fail('no root element');
  return doc as unknown as Document;
}

/** The root element's local name, read without parsing: lets a loader tell GEXF from GraphML from anything else. */
export function xmlRootName(text: string): string | undefined {
  const body = text.replace(/^\uFEFF?\s*(<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*/, '');
  return /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(body)?.[2];
}

// Characters XML 1.0 cannot hold at all (C0 controls other than tab/newline/return, lone surrogates, U+FFFE/F).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces what XML cannot carry by U+FFFD. */
export const xmlSafe = (s: string): string => s.replace(NOT_XML, '\uFFFD');

/**
 * JSON text made fit for XML without changing the value it decodes to: JSON.stringify escapes controls and lone
 * surrogates but writes the noncharacters U+FFFE/U+FFFF raw, which XML 1.0 forbids. Outside string literals JSON
 * holds neither, so escaping every occurrence is safe.
 */
export const xmlSafeJson = (json: string): string => json.replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
