/**
 * A package-lock.json for a fresh project that installs the packed tarballs, resolved entirely from
 * the repository's own lockfile: `npm ci --offline` then installs from the npm cache alone (the cache
 * holds the tarballs of the repository's install, but not the registry metadata that resolving new
 * ranges needs). Every dependency edge is checked against its range, so a package that needed a
 * second copy of something (a pinned @pulumi/aws, say) makes this fail instead of being hidden.
 */
import * as fs from "fs";
import * as path from "path";
import * as semver from "semver";

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [key: string]: unknown;
}

/** A packed package: its manifest and tarball. */
export interface Tarball {
  readonly manifest: LockEntry & { name: string; version: string };
  readonly file: string;
}

/** Installed (non-optional) dependencies and peers of a lock entry or manifest. */
function edges(entry: LockEntry): [string, string][] {
  const peers = Object.entries(entry.peerDependencies ?? {}).filter(
    ([name]) => !entry.peerDependenciesMeta?.[name]?.optional,
  );
  return [...Object.entries(entry.dependencies ?? {}), ...peers];
}

/**
 * The lockfile of a project whose package.json has `dependencies` (registry ranges resolved from
 * the repository's lock) plus the tarballs.
 */
export function offlineLock(
  repoLockFile: string,
  project: { name: string; dependencies: Record<string, string> },
  tarballs: readonly Tarball[],
): object {
  const repo: Record<string, LockEntry> = JSON.parse(fs.readFileSync(repoLockFile, "utf8")).packages;
  const packages: Record<string, LockEntry> = {
    "": { name: project.name, dependencies: project.dependencies },
  };
  const byName = new Map(tarballs.map((t) => [t.manifest.name, t]));
  const queue: [string, string, string][] = []; // [from location, name, range]
  for (const t of tarballs) {
    const { name, version, dependencies, peerDependencies, engines, bin } = t.manifest;
    packages[`node_modules/${name}`] = {
      version,
      resolved: `file:${t.file}`,
      dependencies,
      peerDependencies,
      engines,
      bin,
    };
    for (const [dep, range] of edges(t.manifest)) queue.push([`node_modules/${name}`, dep, range]);
  }
  for (const [dep, range] of Object.entries(project.dependencies)) {
    if (!range.startsWith("file:")) queue.push(["", dep, range]);
  }
  while (queue.length > 0) {
    const [from, name, range] = queue.shift()!;
    if (byName.has(name)) continue;
    // Node's lookup: the nearest node_modules/<name> walking up from the dependent.
    let location: string | undefined;
    for (
      let dir = from;
      ;
      dir = dir.includes("/node_modules/") ? dir.slice(0, dir.lastIndexOf("/node_modules/")) : ""
    ) {
      const candidate = `${dir ? `${dir}/` : ""}node_modules/${name}`;
      if (repo[candidate] && !repo[candidate].link) {
        location = candidate;
        break;
      }
      if (dir === "") break;
    }
    const fits = (key: string): boolean =>
      !!repo[key]?.version && semver.satisfies(repo[key].version!, range, { includePrerelease: true });
    let entry: LockEntry;
    if (location && fits(location)) {
      entry = repo[location];
    } else {
      // Not the hoisted version: npm nests a copy that fits under the dependent, as here.
      const source = Object.keys(repo).find((k) => k.endsWith(`node_modules/${name}`) && fits(k));
      if (!source)
        throw new Error(
          `${name}@${range} (needed by ${from || "the project"}) is not in the repository's lock`,
        );
      entry = repo[source];
      location = `${from ? `${from}/` : ""}node_modules/${name}`;
    }
    if (packages[location]) continue;
    const {
      dev: _dev,
      devOptional: _devOptional,
      peer: _peer,
      ...kept
    } = entry as LockEntry & Record<string, unknown>;
    packages[location] = kept;
    for (const [dep, r] of edges(entry)) queue.push([location, dep, r]);
    for (const [dep, r] of Object.entries(entry.optionalDependencies ?? {})) {
      if (Object.keys(repo).some((k) => k.endsWith(`node_modules/${dep}`))) queue.push([location, dep, r]);
    }
  }
  return { name: project.name, lockfileVersion: 3, requires: true, packages };
}

/** The manifest of a packed folder, read before packing (npm pack does not change it). */
export function manifestOf(dir: string): Tarball["manifest"] {
  return JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
}
