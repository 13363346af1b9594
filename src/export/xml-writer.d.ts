// Types for xml-writer (the XML writer graphology-gexf uses; it ships none).
declare module 'xml-writer' {
  export default class XMLWriter {
    constructor(indent?: boolean | string, callback?: (s: string, encoding: string) => void);
    startDocument(version?: string, encoding?: string): this;
    startElement(name: string): this;
    writeAttribute(name: string, value: string | number | boolean): this;
    writeElement(name: string, content: string): this;
    text(content: string): this;
    endElement(): this;
    endDocument(): this;
    toString(): string;
  }
}
