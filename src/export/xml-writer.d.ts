// Types for xml-writer (the XML writer graphology-gexf uses; it ships none).
declare module 'xml-writer' {
  export default class XMLWriter {
    constructor(indent?: boolean | string);
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
