import { strict as assert } from "assert";
import * as fs from "fs";
import { builtinModules } from "module";
import * as path from "path";
import * as semver from "semver";
import * as ts from "typescript";

/**
 * `pulumi policy publish ./policypack` ships the pack's folder alone (it runs `npm pack` there), and
 * the Pulumi CLI installs only what the pack's own package.json declares. These tests hold the pack
 * to that: no import leaves the folder, every package it imports is declared, and what `npm pack`
 * ships starts without a TypeScript compiler.
 */

const PACK_DIR = path.resolve(__dirname, "..", "..", "policypack");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name === "node_modules" || entry.name === "dist" ? [] : sourceFiles(full);
    }
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

interface Import {
  readonly file: string;
  readonly specifier: string;
}

const IMPORTS: readonly Import[] = sourceFiles(PACK_DIR).flatMap((file) =>
  ts
    .preProcessFile(fs.readFileSync(file, "utf8"), true, true)
    .importedFiles.map((ref) => ({ file: path.relative(PACK_DIR, file), specifier: ref.fileName })),
);

const MANIFEST = JSON.parse(fs.readFileSync(path.join(PACK_DIR, "package.json"), "utf8"));
const DEPENDENCIES: Record<string, string> = { ...MANIFEST.dependencies, ...MANIFEST.peerDependencies };

/** The package an import names: `@scope/name` or `name`, without a subpath. */
function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

const isBuiltin = (specifier: string) =>
  specifier.startsWith("node:") || builtinModules.includes(packageOf(specifier));

describe("policy pack: self-contained for pulumi policy publish", () => {
  it("finds the pack's imports (the scan sees the entry point's)", () => {
    assert.ok(IMPORTS.some((i) => i.file === "index.ts" && i.specifier === "@pulumi/policy"));
  });

  it("imports no file outside policypack/", () => {
    const outside = IMPORTS.filter((i) => i.specifier.startsWith("."))
      .filter((i) => {
        const target = path.resolve(PACK_DIR, path.dirname(i.file), i.specifier);
        return path.relative(PACK_DIR, target).startsWith("..");
      })
      .map((i) => `${i.file}: ${i.specifier}`);
    assert.deepEqual(outside, []);
  });

  it("declares every package it imports as a dependency or peer dependency of its own package.json", () => {
    const undeclared = IMPORTS.filter((i) => !i.specifier.startsWith(".") && !isBuiltin(i.specifier))
      .filter((i) => DEPENDENCIES[packageOf(i.specifier)] === undefined)
      .map((i) => `${i.file}: ${i.specifier}`);
    assert.deepEqual(undeclared, []);
  });

  it("starts from compiled JavaScript that its files list ships, with PulumiPolicy.yaml", () => {
    // run-policy-pack requires the folder, so Node loads `main`: JavaScript needs no compiler (the
    // CLI's fallback is the TypeScript 3.8 it vendors, which cannot read this code).
    assert.match(MANIFEST.main, /^dist\/.*\.js$/);
    assert.ok(MANIFEST.files.includes("PulumiPolicy.yaml"));
    assert.ok(MANIFEST.files.includes("dist/**/*.js"));
  });

  it("accepts, in its peer ranges, the versions the repository is tested with", () => {
    const root = JSON.parse(fs.readFileSync(path.join(PACK_DIR, "..", "package.json"), "utf8"));
    const rootVersions: Record<string, string> = { ...root.dependencies, ...root.devDependencies };
    const outside = Object.entries(DEPENDENCIES)
      .filter(
        ([name, range]) => rootVersions[name] === undefined || !semver.satisfies(rootVersions[name], range),
      )
      .map(([name, range]) => `${name}: pack ${range}, repository ${rootVersions[name]}`);
    assert.deepEqual(outside, []);
  });
});
