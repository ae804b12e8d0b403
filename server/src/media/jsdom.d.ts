// jsdom ships no types and @types/jsdom is not installed: the little of it the SVG check uses,
// typed by hand (the server type-checks without the DOM library).
declare module 'jsdom' {
  interface XmlAttr {
    readonly name: string;
    readonly value: string;
  }
  interface XmlNode {
    readonly nodeType: number;
    readonly nodeName: string;
    readonly textContent: string | null;
    readonly childNodes: ArrayLike<XmlNode>;
  }
  interface XmlElement extends XmlNode {
    readonly namespaceURI: string | null;
    readonly localName: string;
    readonly attributes: ArrayLike<XmlAttr>;
    getElementsByTagName(name: string): ArrayLike<XmlElement>;
  }
  interface XmlDocument extends XmlNode {
    readonly documentElement: XmlElement | null;
    getElementsByTagNameNS(namespace: string, name: string): ArrayLike<XmlElement>;
  }
  export interface DOMWindow {
    DOMParser: new () => { parseFromString(text: string, type: 'image/svg+xml'): XmlDocument };
  }
  export class JSDOM {
    constructor(html?: string);
    readonly window: DOMWindow;
  }
}
