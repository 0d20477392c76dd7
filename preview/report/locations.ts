import * as path from "node:path";
import type { RecordedResource } from "../engine/types";
import type { ReportContext } from "./context";

/** A place in the repository: a path relative to its root (forward slashes), 1-based line and column. */
export interface RepoLocation {
  readonly uri: string;
  readonly line: number;
  readonly column?: number;
}

/** `file` relative to `root`, with forward slashes, or undefined when it lies outside `root`. */
export function repoRelative(file: string, root: string): string | undefined {
  const relative = path.relative(root, file);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) {
    return undefined;
  }
  return relative.split(path.sep).join("/");
}

/**
 * Where each resource was declared, relative to the repository root (`context.sourceRoot`). A
 * resource with no declaration site of its own (a child made in an `apply` callback) takes its
 * nearest ancestor's. The Stack and anything still unlocated point at the program's Pulumi.yaml,
 * the file that declares the project; without `context.programPath` they stay unlocated.
 */
export function resourceLocations(
  resources: readonly RecordedResource[],
  context: ReportContext,
): (urn: string) => RepoLocation | undefined {
  const root = context.sourceRoot ?? context.programPath;
  const byUrn = new Map(resources.map((r) => [r.urn, r]));
  const projectFile =
    root === undefined || context.programPath === undefined
      ? undefined
      : repoRelative(path.join(context.programPath, "Pulumi.yaml"), root);
  const fallback = projectFile === undefined ? undefined : { uri: projectFile, line: 1 };
  const cache = new Map<string, RepoLocation | undefined>();
  const locate = (urn: string, seen: Set<string>): RepoLocation | undefined => {
    if (cache.has(urn)) {
      return cache.get(urn);
    }
    const resource = byUrn.get(urn);
    let location: RepoLocation | undefined;
    if (resource?.source !== undefined && root !== undefined) {
      const uri = repoRelative(resource.source.file, root);
      if (uri !== undefined) {
        location = { uri, line: resource.source.line, column: resource.source.column };
      }
    }
    if (location === undefined && resource?.parent !== undefined && !seen.has(resource.parent)) {
      seen.add(urn);
      location = locate(resource.parent, seen);
    }
    cache.set(urn, location);
    return location;
  };
  return (urn) => locate(urn, new Set()) ?? fallback;
}

/**
 * The URL of a policy's entry in the generated policy reference: `docs/policies.md` titles each
 * policy `### <name>`, which Markdown renderers turn into the anchor `#<name>`.
 */
export function policyHelpUri(policy: string, context: ReportContext): string | undefined {
  return context.policyDocsUrl === undefined ? undefined : `${context.policyDocsUrl}#${policy}`;
}

/**
 * The address of `docs/policies.md` for a repository URL as npm's `repository` field gives it
 * (`git+https://github.com/o/r.git`, `github:o/r`, `{ "url": ... }`), or undefined when it names
 * no web-browsable host.
 */
export function policyDocsUrlFromRepository(repository: unknown): string | undefined {
  const raw =
    typeof repository === "string"
      ? repository
      : typeof repository === "object" && repository !== null
        ? (repository as { url?: unknown }).url
        : undefined;
  if (typeof raw !== "string" || raw.trim() === "") {
    return undefined;
  }
  let url = raw.trim();
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(url);
  if (shorthand) {
    url = `https://github.com/${shorthand[1]}`;
  }
  url = url
    .replace(/^git\+/, "")
    .replace(/^git:\/\//, "https://")
    .replace(/\.git$/, "")
    .replace(/\/$/, "");
  if (!/^https?:\/\/[^/]+\/.+/.test(url)) {
    return undefined;
  }
  return `${url}/blob/HEAD/docs/policies.md`;
}
