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
  readonly stack: string;
  /** The stack config, namespaced keys to strings. */
  readonly config: Record<string, string>;
  /** Config keys whose value is secret. */
  readonly secretKeys: string[];
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
    if (doc.config !== undefined) {
      if (typeof doc.config !== "object" || doc.config === null)
        throw new ConfigError(`${stackFile}: "config" must be a mapping`);
      addConfig(config, secrets, doc.config as Record<string, unknown>, name, false);
    }
  }
  const main = typeof project.main === "string" ? path.resolve(dir, project.main) : dir;
  return { name, dir, main, stack: stackName, config, secretKeys: [...secrets].sort() };
}
