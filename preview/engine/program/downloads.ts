/**
 * Programs that download at run time (`k8s.yaml.ConfigFile` with a URL, a manifest fetched in
 * the program) fail offline with node's bare "fetch failed", which names neither the URL nor the
 * resource. This wraps the global `fetch` so a failed download names both: the resource being
 * constructed when the download started (the last one whose constructor registered it) and the
 * URL. Successful downloads are untouched, as under the Pulumi CLI.
 *
 * Runs inside the program's child process, against the program's own @pulumi/pulumi.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- the SDK is the program's own copy */
import * as path from "path";

/** Names the download's URL and resource in the error; see the file comment. */
export function downloadError(url: string, resource: string | undefined, cause: unknown): Error {
  const e = cause as { message?: string; cause?: { message?: string; code?: string } };
  const why = [e?.message, e?.cause?.code ?? e?.cause?.message].filter((x) => x).join(": ");
  return new Error(
    `${resource ?? "the program"} could not download ${url} at run time (${why || String(cause)}); ` +
      `save the file next to the program and pass its local path instead, or run the preview where the URL is reachable`,
  );
}

/** Marks an SDK whose registrations are already followed (runs in one process share it). */
const FOLLOWED = Symbol.for("scopeguard.nameFailedDownloads");

/** Wraps `globalThis.fetch`, once per SDK; `pulumiDir` is the program's @pulumi/pulumi. */
export function nameFailedDownloads(pulumiDir: string): void {
  const original = globalThis.fetch;
  if (typeof original !== "function") return;
  const runtime = require(path.join(pulumiDir, "runtime/resource"));
  if (runtime[FOLLOWED]) return;
  runtime[FOLLOWED] = true;
  // The resource whose constructor ran last: downloads in a constructor belong to it.
  let constructing: string | undefined;
  for (const fn of ["registerResource", "readResource"]) {
    const register = runtime[fn];
    if (typeof register !== "function") continue;
    runtime[fn] = function (
      this: unknown,
      res: unknown,
      parent: unknown,
      type: string,
      name: string,
      ...rest: unknown[]
    ) {
      constructing = `resource ${type} "${name}"`;
      return register.call(this, res, parent, type, name, ...rest);
    };
  }
  globalThis.fetch = function (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) {
    const during = constructing;
    const url = typeof input === "string" ? input : "href" in input ? input.href : input.url;
    return original(input, init).catch((cause: unknown) => {
      throw downloadError(url, during, cause);
    });
  } as typeof fetch;
}
