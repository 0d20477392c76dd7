import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { POLICIES } from "../../../policypack/policies";
import { CONTROL_SCOPES, CONTROLS, isScope, type Control } from "../../../policypack/vocabulary";

const ROOT = path.resolve(__dirname, "..", "..", "..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name === "node_modules" || entry.name === "dist" ? [] : sourceFiles(full);
    }
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

const TABLE = path.join(ROOT, "policypack", "vocabulary", "control-scopes.ts");
const SOURCES = ["policypack", "components", "preview"]
  .flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
  .filter((file) => file !== TABLE)
  .map((file) => ({ file: path.relative(ROOT, file), text: fs.readFileSync(file, "utf8") }));

/** The controls a source reads, by name: `CONTROL_SCOPES.x`, or a building block's `block(id, "x", ...)`. */
function controlsRead(text: string): string[] {
  const entries = [...text.matchAll(/CONTROL_SCOPES\.(\w+)/g)].map((m) => m[1]);
  const blocks = [...text.matchAll(/\bblock\(\s*"[^"]+",\s*"(\w+)"/g)].map((m) => m[1]);
  return [...entries, ...blocks];
}

/** Each policy's name and the control its `minScope` reads. */
const POLICY_CONTROLS: ReadonlyMap<string, string> = new Map(
  SOURCES.filter((s) => s.file.startsWith(path.join("policypack", "policies"))).flatMap((s) => {
    const name = /^ {2}name: "([^"]+)"/m.exec(s.text);
    const control = /minScope: CONTROL_SCOPES\.(\w+)/.exec(s.text);
    return name !== null && control !== null ? [[name[1], control[1]] as const] : [];
  }),
);

describe("CONTROL_SCOPES", () => {
  it("gives every control a scope", () => {
    assert.deepEqual(
      CONTROLS.filter((c) => !isScope(CONTROL_SCOPES[c])),
      [],
    );
  });

  it("has every entry read by a policy, a component or a building block", () => {
    const read = new Set(SOURCES.flatMap((s) => controlsRead(s.text)));
    assert.deepEqual(
      CONTROLS.filter((c) => !read.has(c)),
      [],
    );
  });

  it("is the only place that names a control: every name read is one of its entries", () => {
    const unknown = SOURCES.flatMap((s) =>
      controlsRead(s.text)
        .filter((c) => !(CONTROLS as readonly string[]).includes(c))
        .map((c) => `${s.file}: ${c}`),
    );
    assert.deepEqual(unknown, []);
  });

  it("is where every policy's minScope comes from, directly or through another policy of the same control", () => {
    const literal = SOURCES.filter(
      (s) => s.file.startsWith(path.join("policypack", "policies")) && /minScope:\s*[1-5]\b/.test(s.text),
    ).map((s) => s.file);
    assert.deepEqual(literal, []);
    const mismatched = POLICIES.filter(
      (p) =>
        POLICY_CONTROLS.has(p.name) && p.minScope !== CONTROL_SCOPES[POLICY_CONTROLS.get(p.name) as Control],
    ).map((p) => p.name);
    assert.deepEqual(mismatched, []);
    assert.ok(
      POLICY_CONTROLS.size > POLICIES.length / 2,
      `only ${POLICY_CONTROLS.size} policies read the table`,
    );
  });

  it("is where the components' scope constants and scope decisions come from", () => {
    const literal = SOURCES.filter((s) => s.file.startsWith("components")).flatMap((s) =>
      s.text
        .split("\n")
        .filter((line) => /_SCOPE\b[^=\n]*=\s*[1-5]\b|\bscope\s*(?:<|<=|>|>=|===|!==)\s*[1-5]\b/.test(line))
        .map((line) => `${s.file}: ${line.trim()}`),
    );
    assert.deepEqual(literal, []);
  });
});
