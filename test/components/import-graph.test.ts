import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

const COMPONENTS_DIR = path.resolve(__dirname, "..", "..", "components");

/** Every TypeScript source file under `dir`, compiled output excluded. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name === "dist" || entry.name === "node_modules" ? [] : sourceFiles(file);
    }
    return file.endsWith(".ts") && !file.endsWith(".d.ts") ? [file] : [];
  });
}

/** The file a relative module specifier names (`./x` is `x.ts` or `x/index.ts`), if it exists. */
function resolveRelative(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, path.join(base, "index.ts")].find((candidate) => fs.existsSync(candidate));
}

/**
 * The files each file imports or re-exports, type-only imports included: a cycle through types
 * still ties two files into one unit that cannot be read, moved or tested apart.
 */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    const targets = importedFiles
      .map((imported) => resolveRelative(file, imported.fileName))
      .filter((target): target is string => target !== undefined && files.includes(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The strongly connected components with more than one file, or one file that imports itself (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) {
        found.push(component);
      }
    }
  };
  for (const node of graph.keys()) {
    if (!index.has(node)) visit(node);
  }
  return found;
}

describe("components: import graph", () => {
  const relative = (file: string) => path.relative(COMPONENTS_DIR, file).split(path.sep).join("/");

  it("finds a cycle when one exists (the check itself)", () => {
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
      ["d.ts", ["a.ts"]],
    ]);
    assert.deepEqual(
      cycles(graph).map((c) => [...c].sort()),
      [["a.ts", "b.ts", "c.ts"]],
    );
  });

  it("has no import cycle among the files under components/ (a component's arguments live in <component>-args.ts)", () => {
    const files = sourceFiles(COMPONENTS_DIR);
    assert.ok(files.length > 100, `only ${files.length} source files found under ${COMPONENTS_DIR}`);
    const found = cycles(importGraph(files)).map((c) => c.map(relative).sort().join(" -> "));
    assert.deepEqual(found, []);
  });
});
