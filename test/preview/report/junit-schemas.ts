import * as fs from "node:fs";
import * as path from "node:path";
import { XMLParser, XMLBuilder } from "fast-xml-parser";
import { validateXML } from "xmllint-wasm";

const schemas = path.resolve(__dirname, "../../fixtures/junit");
const read = (name: string) => ({
  fileName: name,
  contents: fs.readFileSync(path.join(schemas, name), "utf8"),
});

async function errors(xml: string | readonly string[], schema: string): Promise<string[]> {
  const files = (typeof xml === "string" ? [xml] : xml).map((contents, i) => ({
    fileName: `report-${i}.xml`,
    contents,
  }));
  const result = await validateXML({ xml: files, schema: read(schema) });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

/** Errors of the whole report against Jenkins' junit-10.xsd (xUnit plugin). */
export function jenkinsSchemaErrors(xml: string): Promise<string[]> {
  return errors(xml, "junit-10.xsd");
}

/**
 * Errors of each `<testsuite>` against Maven Surefire's schema, whose root is one suite (Surefire
 * writes a file per suite): every suite is cut out and validated as its own document.
 */
export async function surefireSchemaErrors(xml: string): Promise<string[]> {
  const options = { ignoreAttributes: false, preserveOrder: true, cdataPropName: "#cdata" };
  const tree = new XMLParser(options).parse(xml) as Record<string, unknown>[];
  const root = tree.find((n) => "testsuites" in n) as { testsuites: Record<string, unknown>[] };
  const builder = new XMLBuilder(options);
  const suites = root.testsuites
    .filter((n) => "testsuite" in n)
    .map((node) => `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build([node])}`);
  return errors(suites, "surefire-test-report.xsd");
}
