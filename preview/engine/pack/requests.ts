/**
 * Builds analyzer requests from recorded resources, marshalled as the engine marshals them
 * (pkg/resource/deploy/step_generator.go, analyze_snapshot.go; rpc.go): unknown sentinels and
 * secrets as recorded; top-level `__*` keys stripped except for Remediate; AnalyzerResourceOptions
 * always set (the pack throws "A more recent version of the Pulumi CLI is required" otherwise).
 */
import * as path from "path";
import * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import type { JavaScriptValue, Struct as StructClass } from "google-protobuf/google/protobuf/struct_pb";
import type { RecordedResource } from "../types";

/** The Struct class of the google-protobuf copy that @pulumi/pulumi's messages use. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const Struct: typeof StructClass = require(
  require.resolve("google-protobuf/google/protobuf/struct_pb", {
    paths: [path.dirname(require.resolve("@pulumi/pulumi/package.json"))],
  }),
).Struct;

/** Wire-encoded props as a Struct (their values are JSON values, sentinels and secrets included). */
export function toStruct(props: Record<string, unknown>): StructClass {
  return Struct.fromJavaScript(props as Record<string, JavaScriptValue>);
}

/** Drops top-level internal keys (`__defaults`, `__provider`, ...), as `SkipInternalKeys: true` does. */
export function stripInternal(props: Record<string, unknown>): Record<string, unknown> {
  if (!Object.keys(props).some((k) => k.startsWith("__"))) return props;
  return Object.fromEntries(Object.entries(props).filter(([k]) => !k.startsWith("__")));
}

/** AnalyzerResourceOptions of a recorded resource. */
export function resourceOptions(r: RecordedResource): analyzerproto.AnalyzerResourceOptions {
  const o = new analyzerproto.AnalyzerResourceOptions();
  o.setProtect(r.options.protect);
  o.setIgnorechangesList([...r.options.ignoreChanges]);
  if (r.options.deleteBeforeReplace !== undefined) {
    o.setDeletebeforereplace(r.options.deleteBeforeReplace);
    o.setDeletebeforereplacedefined(true);
  }
  o.setAdditionalsecretoutputsList([...r.options.additionalSecretOutputs]);
  o.setAliasesList([...r.options.aliases]);
  const ct = new analyzerproto.AnalyzerResourceOptions.CustomTimeouts();
  ct.setCreate(r.options.customTimeouts.create);
  ct.setUpdate(r.options.customTimeouts.update);
  ct.setDelete(r.options.customTimeouts.delete);
  o.setCustomtimeouts(ct);
  if (r.parent) o.setParent(r.parent);
  return o;
}

/** Finds provider resources by URN, to describe a resource's provider. */
export type ProviderLookup = (urn: string) => RecordedResource | undefined;

/** Memoizes {@link providerResource} by provider reference: most resources share one provider. */
export function providerCache(
  lookup: ProviderLookup,
): (r: RecordedResource) => analyzerproto.AnalyzerProviderResource | undefined {
  const cache = new Map<string, analyzerproto.AnalyzerProviderResource | undefined>();
  return (r) => {
    if (!r.provider) return undefined;
    if (!cache.has(r.provider)) cache.set(r.provider, providerResource(r, lookup));
    return cache.get(r.provider);
  };
}

/** AnalyzerProviderResource for a resource, or undefined (components, the Stack, providers). */
export function providerResource(
  r: RecordedResource,
  lookup: ProviderLookup,
): analyzerproto.AnalyzerProviderResource | undefined {
  if (!r.provider) return undefined;
  const urn = r.provider.slice(0, r.provider.lastIndexOf("::"));
  const p = lookup(urn);
  const msg = new analyzerproto.AnalyzerProviderResource();
  msg.setUrn(urn);
  msg.setType(p?.type ?? urn.split("::")[2]);
  msg.setName(p?.name ?? urn.slice(urn.lastIndexOf("::") + 2));
  msg.setProperties(toStruct(stripInternal(p?.inputs ?? {})));
  return msg;
}

/** An Analyze (or, with `internal`, Remediate) request for a resource's inputs. */
export function analyzeRequest(
  r: RecordedResource,
  inputs: Record<string, unknown>,
  provider: analyzerproto.AnalyzerProviderResource | undefined,
  internal: boolean,
): analyzerproto.AnalyzeRequest {
  const req = new analyzerproto.AnalyzeRequest();
  req.setUrn(r.urn);
  req.setType(r.type);
  req.setName(r.name);
  req.setProperties(toStruct(internal ? inputs : stripInternal(inputs)));
  req.setOptions(resourceOptions(r));
  if (provider) req.setProvider(provider);
  return req;
}

/** The AnalyzeStack entry of a resource: outputs, parent, dependencies, property dependencies. */
export function stackResource(
  r: RecordedResource,
  outputs: Record<string, unknown>,
  provider: analyzerproto.AnalyzerProviderResource | undefined,
): analyzerproto.AnalyzerResource {
  const res = new analyzerproto.AnalyzerResource();
  res.setUrn(r.urn);
  res.setType(r.type);
  res.setName(r.name);
  res.setProperties(toStruct(stripInternal(outputs)));
  res.setOptions(resourceOptions(r));
  if (provider) res.setProvider(provider);
  if (r.parent) res.setParent(r.parent);
  res.setDependenciesList([...r.dependencies]);
  const pd = res.getPropertydependenciesMap();
  for (const [k, urns] of Object.entries(r.propertyDependencies)) {
    if (urns.length === 0) continue; // the engine drops empty lists
    const deps = new analyzerproto.AnalyzerPropertyDependencies();
    deps.setUrnsList([...urns]);
    pd.set(k, deps);
  }
  return res;
}
