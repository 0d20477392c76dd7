/**
 * Reads a Pulumi project (Pulumi.yaml) and its stack config (Pulumi.<stack>.yaml) the way the
 * Pulumi CLI hands config to a program: a flat map of namespaced keys (`aws:region`,
 * `<project>:key`) to strings, objects as compact JSON.
 */
import * as fs from "fs";
import * as path from "path";
import * as yaml from "js-yaml";
import { ConfigError } from "../errors";

/** Placeholder for `secure:` values, which cannot be decrypted without the stack's secrets provider. */
export const SECRET_PLACEHOLDER = "[secret: not decrypted offline]";

/** A project and stack, ready to run. */
export interface ProjectInfo {
  readonly name: string;
  /** Absolute program folder. */
  readonly dir: string;
  /** Program entry, absolute (Pulumi.yaml `main`, else the folder). */
  readonly main: string;
  /** True when Pulumi.yaml sets `main` (else package.json may name the entry). */
  readonly mainSet: boolean;
  readonly stack: string;
  /** The stack config, namespaced keys to strings. */
  readonly config: Record<string, string>;
  /** Config keys whose value is secret. */
  readonly secretKeys: string[];
  /** Pulumi.yaml `description`, if any (the `pulumi:description` stack tag). */
  readonly description?: string;
  /** Pulumi.yaml `runtime.options` the nodejs language host reads. */
  readonly runtimeOptions: RuntimeOptions;
}

/** The nodejs runtime options of Pulumi.yaml (`runtime: {name: nodejs, options: {...}}`). */
export interface RuntimeOptions {
  /** Extra arguments for node (`nodeargs`, split as a shell would). @default [] */
  readonly nodeargs: readonly string[];
  /** Whether TypeScript sources are compiled on the fly (`typescript`). @default true */
  readonly typescript: boolean;
}

/** Splits `nodeargs` into arguments as a POSIX shell would (quotes and backslashes), like the language host's shlex. */
export function splitArgs(line: string): string[] {
  const args: string[] = [];
  let current: string | undefined;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === "\\" && quote === '"' && i + 1 < line.length) current += line[++i];
      else current += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      current ??= "";
    } else if (c === "\\" && i + 1 < line.length) {
      current = (current ?? "") + line[++i];
    } else if (/\s/.test(c)) {
      if (current !== undefined) args.push(current);
      current = undefined;
    } else current = (current ?? "") + c;
  }
  if (quote) throw new Error(`unclosed ${quote} in "${line}"`);
  if (current !== undefined) args.push(current);
  return args;
}

/** Reads `runtime.options`, rejecting the wrong types as the language host does. */
function runtimeOptions(projectFile: string, runtime: unknown): RuntimeOptions {
  const options =
    typeof runtime === "object" && runtime !== null ? (runtime as { options?: unknown }).options : undefined;
  const o = (typeof options === "object" && options !== null ? options : {}) as Record<string, unknown>;
  if (o.nodeargs !== undefined && typeof o.nodeargs !== "string")
    throw new ConfigError(
      `${projectFile}: runtime.options.nodeargs must be a string, e.g. "--max-old-space-size=4096"`,
    );
  if (o.typescript !== undefined && typeof o.typescript !== "boolean")
    throw new ConfigError(`${projectFile}: runtime.options.typescript must be true or false`);
  let nodeargs: string[];
  try {
    nodeargs = splitArgs((o.nodeargs as string | undefined) ?? "");
  } catch (e) {
    throw new ConfigError(
      `${projectFile}: runtime.options.nodeargs: ${(e as Error).message}; close the quote`,
    );
  }
  return { nodeargs, typescript: o.typescript !== false };
}

/**
 * A stack file's `environment:` imports Pulumi ESC environments, which only Pulumi Cloud can
 * open: refuse rather than run with their values silently missing.
 */
function rejectEnvironments(stackFile: string, doc: Record<string, unknown>): void {
  const env = doc.environment;
  if (env === undefined || env === null) return;
  const names = Array.isArray(env)
    ? env.map(String)
    : typeof env === "object" && Array.isArray((env as { imports?: unknown }).imports)
      ? (env as { imports: unknown[] }).imports.map((e) => (typeof e === "string" ? e : JSON.stringify(e)))
      : [JSON.stringify(env)];
  throw new ConfigError(
    `${stackFile}: "environment" imports Pulumi ESC environments (${names.join(", ")}), which the offline preview cannot open; ` +
      `copy the values the program reads (e.g. aws:region) under "config:" in this file and remove "environment", or pass --stack with a stack whose file has them`,
  );
}

function readYaml(file: string): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = yaml.load(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new ConfigError(`${file}: not valid YAML: ${(e as Error).message.split("\n")[0]}`);
  }
  if (doc === undefined || doc === null) return {};
  if (typeof doc !== "object" || Array.isArray(doc))
    throw new ConfigError(`${file}: expected a YAML mapping at the top level`);
  return doc as Record<string, unknown>;
}

/** Stack files in `dir`, by stack name. */
export function stackNames(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .map((f) => /^Pulumi\.(.+)\.ya?ml$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined)
    .sort();
}

/** True when `v` is a secure value (`{secure: "..."}`), at any depth. */
function hasSecure(v: unknown): boolean {
  if (typeof v !== "object" || v === null) return false;
  if (!Array.isArray(v) && Object.keys(v).length === 1 && "secure" in v) return true;
  return Object.values(v).some(hasSecure);
}

function replaceSecure(v: unknown): unknown {
  if (typeof v !== "object" || v === null) return v;
  if (!Array.isArray(v) && Object.keys(v).length === 1 && "secure" in v) return SECRET_PLACEHOLDER;
  if (Array.isArray(v)) return v.map(replaceSecure);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, replaceSecure(x)]));
}

/** Pulumi's string form of a config value: strings as-is, scalars stringified, objects as compact JSON. */
function configString(v: unknown): string {
  if (typeof v === "string") return v;
  if (hasSecure(v) && replaceSecure(v) === SECRET_PLACEHOLDER) return SECRET_PLACEHOLDER;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(replaceSecure(v));
}

function namespaced(key: string, project: string): string {
  return key.includes(":") ? key : `${project}:${key}`;
}

/** Adds `entries` to `config`, recording secret keys. `declarations` allows Pulumi.yaml's `{type, default}` form. */
function addConfig(
  config: Record<string, string>,
  secrets: Set<string>,
  entries: Record<string, unknown>,
  project: string,
  declarations: boolean,
): void {
  for (const [rawKey, rawValue] of Object.entries(entries)) {
    const key = namespaced(rawKey, project);
    let value = rawValue;
    if (
      declarations &&
      typeof value === "object" &&
      value !== null &&
      !Array.isArray(value) &&
      ("type" in value || "default" in value || "value" in value)
    ) {
      const decl = value as Record<string, unknown>;
      if ("value" in decl) value = decl.value;
      else if ("default" in decl) value = decl.default;
      else continue; // a declaration without a default sets nothing
      if (decl.secret === true) secrets.add(key);
    }
    if (value === null || value === undefined) continue;
    const secure = hasSecure(value);
    if (secure) secrets.add(key);
    else secrets.delete(key);
    config[key] = configString(value);
  }
}

/** Loads Pulumi.yaml and the stack's config. Errors are ConfigErrors naming the file. */
export function loadProject(programDir: string, stack?: string): ProjectInfo {
  const dir = path.resolve(programDir);
  const projectFile = ["Pulumi.yaml", "Pulumi.yml"]
    .map((f) => path.join(dir, f))
    .find((f) => fs.existsSync(f));
  if (!projectFile)
    throw new ConfigError(
      `${dir}: no Pulumi.yaml found; pass the folder that holds the program's Pulumi.yaml`,
    );
  const project = readYaml(projectFile);
  const name = project.name;
  if (typeof name !== "string" || name === "")
    throw new ConfigError(`${projectFile}: "name" is required (the project name)`);
  const runtime =
    typeof project.runtime === "object" && project.runtime !== null
      ? (project.runtime as { name?: unknown }).name
      : project.runtime;
  const options = runtimeOptions(projectFile, project.runtime);
  if (runtime !== "nodejs") {
    throw new ConfigError(
      `${projectFile}: "runtime" is ${JSON.stringify(runtime)}; scopeguard preview runs nodejs programs only`,
    );
  }
  const stacks = stackNames(dir);
  const stackName = stack ?? (stacks.length === 1 ? stacks[0] : "dev");
  const config: Record<string, string> = {};
  const secrets = new Set<string>();
  if (project.config !== undefined) {
    if (typeof project.config !== "object" || project.config === null)
      throw new ConfigError(`${projectFile}: "config" must be a mapping`);
    addConfig(config, secrets, project.config as Record<string, unknown>, name, true);
  }
  const stackFile = ["yaml", "yml"]
    .map((e) => path.join(dir, `Pulumi.${stackName}.${e}`))
    .find((f) => fs.existsSync(f));
  if (stack !== undefined && !stackFile) {
    const known = stacks.length > 0 ? `; stacks found: ${stacks.join(", ")}` : "";
    throw new ConfigError(
      `stack "${stack}": ${path.join(dir, `Pulumi.${stack}.yaml`)} does not exist; create it or pass an existing stack${known}`,
    );
  }
  if (stackFile) {
    const doc = readYaml(stackFile);
    rejectEnvironments(stackFile, doc);
    if (doc.config !== undefined) {
      if (typeof doc.config !== "object" || doc.config === null)
        throw new ConfigError(`${stackFile}: "config" must be a mapping`);
      addConfig(config, secrets, doc.config as Record<string, unknown>, name, false);
    }
  }
  const main = typeof project.main === "string" ? path.resolve(dir, project.main) : dir;
  return {
    name,
    dir,
    main,
    mainSet: typeof project.main === "string",
    stack: stackName,
    config,
    secretKeys: [...secrets].sort(),
    ...(typeof project.description === "string" ? { description: project.description } : {}),
    runtimeOptions: options,
  };
}

/** The config key whose object value adds stack tags. */
export const PULUMI_TAGS_KEY = "pulumi:tags";

/**
 * The stack tags the CLI sends the pack in ConfigureStack (pkg/backend/stack.go
 * GetEnvironmentTagsForCurrentStack): `pulumi:project`, `pulumi:runtime`, `pulumi:description`
 * from Pulumi.yaml, then every entry of the `pulumi:tags` config object (values must be strings,
 * as the CLI requires). `vcs:*` tags from git metadata are not emulated.
 */
export function engineStackTags(project: ProjectInfo): Record<string, string> {
  const tags: Record<string, string> = { "pulumi:project": project.name, "pulumi:runtime": "nodejs" };
  if (project.description !== undefined) tags["pulumi:description"] = project.description;
  const raw = project.config[PULUMI_TAGS_KEY];
  if (raw === undefined) return tags;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = raw;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new ConfigError(
      `${PULUMI_TAGS_KEY} must be an object of strings (config of stack "${project.stack}"), e.g. pulumi:tags: {ai-scope: "4"}`,
    );
  for (const [name, v] of Object.entries(value)) {
    if (typeof v !== "string")
      throw new ConfigError(
        `${PULUMI_TAGS_KEY}[${name}] must be a string (config of stack "${project.stack}"); quote it, e.g. ${name}: "${String(v)}"`,
      );
    tags[name] = v;
  }
  return tags;
}
