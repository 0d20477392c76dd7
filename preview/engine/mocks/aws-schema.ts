/**
 * What an `@pulumi/aws` resource type declares, read from the package's own `.d.ts` files.
 *
 * @pulumi/aws ships no schema at runtime, but its declarations say enough for the mocks:
 * - an optional `name` input means the bridge autonames it (pulumi-aws `SetAutonaming`);
 * - an output typed `pulumi.Output<T>` (no `| undefined`) is one the provider always sets,
 *   i.e. computed: a real preview shows it unknown when the program did not set it.
 * One small file read per distinct type, cached.
 */
import * as fs from "fs";
import * as path from "path";

/** The declared shape of one resource type. */
export interface TypeShape {
  /** Input property names, with whether they are optional. */
  readonly inputs: ReadonlyMap<string, { optional: boolean }>;
  /** Output property names, with whether the provider always sets them (computed). */
  readonly outputs: ReadonlyMap<string, { computed: boolean }>;
}

const cache = new Map<string, TypeShape | undefined>();

/** Finds the @pulumi/aws folder as seen from `fromDirs` (first hit wins), or undefined. */
export function findAwsPackageDir(fromDirs: readonly string[]): string | undefined {
  for (const dir of fromDirs) {
    try {
      return path.dirname(require.resolve("@pulumi/aws/package.json", { paths: [dir] }));
    } catch {
      // try the next directory
    }
  }
  return undefined;
}

/**
 * The declared shape of `type` (`aws:s3/bucket:Bucket` -> `<pkg>/s3/bucket.d.ts`), or undefined
 * when the type is not an @pulumi/aws resource or its declaration cannot be read.
 */
export function awsTypeShape(awsDir: string | undefined, type: string): TypeShape | undefined {
  if (!awsDir) return undefined;
  const key = `${awsDir}|${type}`;
  if (cache.has(key)) return cache.get(key);
  const shape = readShape(awsDir, type);
  cache.set(key, shape);
  return shape;
}

function readShape(awsDir: string, type: string): TypeShape | undefined {
  const m = /^aws:([A-Za-z0-9]+)\/([A-Za-z0-9]+):([A-Za-z0-9]+)$/.exec(type);
  if (!m) return undefined;
  const [, mod, file, cls] = m;
  const candidates =
    mod === "index" ? [path.join(awsDir, `${file}.d.ts`)] : [path.join(awsDir, mod, `${file}.d.ts`)];
  for (const f of candidates) {
    let text: string;
    try {
      text = fs.readFileSync(f, "utf8");
    } catch {
      continue;
    }
    return parseShape(text.replace(/\/\*\*[\s\S]*?\*\//g, ""), cls);
  }
  return undefined;
}

/** Parses the class and `<Class>Args` declarations of a comment-stripped `.d.ts` text. */
export function parseShape(text: string, cls: string): TypeShape {
  const outputs = new Map<string, { computed: boolean }>();
  const classBody = block(text, `export declare class ${cls} extends`);
  for (const chunk of classBody.split(/\n\s+readonly /).slice(1)) {
    const name = /^(\w+)\??:/.exec(chunk)?.[1];
    if (!name || name.startsWith("__")) continue;
    const decl = chunk.split(/\n\s+(?:static |constructor|readonly )/)[0].trim();
    outputs.set(name, { computed: !/\|\s*undefined>;$/.test(decl) });
  }
  const inputs = new Map<string, { optional: boolean }>();
  const argsBody = block(text, `export interface ${cls}Args {`);
  for (const line of argsBody.split("\n")) {
    const im = /^ {4}(\w+)(\?)?:/.exec(line);
    if (im) inputs.set(im[1], { optional: im[2] === "?" });
  }
  return { inputs, outputs };
}

/** Text from `start` to the next line that is exactly `}` (a top-level declaration's end). */
function block(text: string, start: string): string {
  const i = text.indexOf(start);
  if (i < 0) return "";
  const end = text.indexOf("\n}", i);
  return text.slice(i, end < 0 ? undefined : end);
}
