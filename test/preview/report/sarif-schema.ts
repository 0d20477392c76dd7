import * as fs from "node:fs";
import * as path from "node:path";
import Ajv from "ajv";

/**
 * A validator for the official SARIF 2.1.0 schema (test/fixtures/sarif). The schema is draft-04;
 * Ajv 8 reads it once its draft-04 `id` is spelled `$id` (it uses no other draft-04-only keyword).
 */
function compile() {
  const file = path.resolve(__dirname, "../../fixtures/sarif/sarif-schema-2.1.0.json");
  const schema = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
  const { $schema: _draft, id, ...rest } = schema;
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat("uri", /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
  ajv.addFormat("uri-reference", /^[^\s]*$/);
  ajv.addFormat("date-time", (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile({ $id: id as string, ...rest });
}

let validator: ReturnType<typeof compile> | undefined;

/** The schema errors of a SARIF log, as `path message` lines; empty when it is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  validator ??= compile();
  return validator(log) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
