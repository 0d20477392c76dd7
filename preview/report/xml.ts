/**
 * A minimal XML writer for the JUnit report: elements with attributes, text as CDATA. Characters
 * XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF) are dropped, so any
 * message stays well-formed.
 */

/** An element: name, attributes in order, children or text. */
export interface XmlElement {
  readonly name: string;
  readonly attributes?: Readonly<Record<string, string | number | undefined>>;
  readonly children?: readonly XmlElement[];
  /** Written as CDATA (split around `]]>`); mutually exclusive with children. */
  readonly text?: string;
}

const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters XML forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with the characters XML 1.0 cannot hold removed. */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, "");
}

function attribute(value: string): string {
  return xmlSafe(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}

function cdata(text: string): string {
  return `<![CDATA[${xmlSafe(text).replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
}

function write(element: XmlElement, indent: string, out: string[]): void {
  const attrs = Object.entries(element.attributes ?? {})
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${attribute(String(v))}"`)
    .join("");
  const open = `${indent}<${element.name}${attrs}`;
  if (element.text !== undefined) {
    out.push(`${open}>${cdata(element.text)}</${element.name}>`);
  } else if (element.children === undefined || element.children.length === 0) {
    out.push(`${open}/>`);
  } else {
    out.push(`${open}>`);
    for (const child of element.children) {
      write(child, `${indent}  `, out);
    }
    out.push(`${indent}</${element.name}>`);
  }
}

/** The document: declaration, then the root element indented by two spaces a level. */
export function xmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, "", out);
  return out.join("\n") + "\n";
}
