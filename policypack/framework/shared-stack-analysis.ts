import type { Policy, PolicyPackArgs, PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import type * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import {
  analyzerService,
  grpcServer,
  sdkAnalyzerProto,
  sdkPolicyHelpers,
  sdkProtoutil,
  sdkServer,
  type AnalyzerHandlers,
  type SdkDiagnostic,
  type SdkEnforcementLevel,
  type Serve,
  type SdkServerModule,
} from "./sdk-server";
import { sdkProxy } from "./sdk-proxy";
import { stackResources } from "./stack-resources";

/**
 * The SDK's AnalyzeStack handler rebuilds the whole resource list (options, provider, proxies,
 * parent and dependency links) for every stack policy it runs: with thirty stack policies and ten
 * thousand resources that is most of the call's CPU and garbage. This module serves AnalyzeStack
 * with a handler that answers exactly as the SDK's does, policy by policy, but builds the list once
 * and shares it (stack-resources.ts).
 *
 * `serve`, which `PolicyPack` reads off the SDK's server module at every call, is wrapped so that
 * while it registers its handlers, the AnalyzeStack handler is swapped for this one, and Configure
 * and ConfigureStack also keep the pack's config and the stack's tags here (the SDK keeps its copy
 * private to its module). Everything else is the SDK's own. If the SDK stops registering its
 * handlers that way, its own handler stays: slower, never different.
 * test/policypack/framework/shared-stack-analysis.test.ts holds the answers equal to the SDK's.
 */

/** The pack as `serve` names it. */
export interface ServedPack {
  readonly name: string;
  readonly version: string;
  readonly enforcementLevel: SdkEnforcementLevel;
}

/** A policy's config as Configure sends it: its properties plus its enforcement level. */
type PolicyConfig = Record<string, unknown> & { enforcementLevel: SdkEnforcementLevel };

/** What Configure and ConfigureStack last told the pack. */
interface PackState {
  config: Readonly<Record<string, PolicyConfig>>;
  stackTags: ReadonlyMap<string, string>;
}

/** Thrown by a policy's `args.notApplicable`, as the SDK's own (private) class is. */
class NotApplicableError extends Error {
  constructor(readonly reason?: string) {
    super(reason ?? "Policy does not apply");
  }
}

const throwNotApplicable = (reason?: string): never => {
  throw new NotApplicableError(reason);
};

/** A read-only view of the tags, shaped as the SDK's `freezeMap` shapes it. */
function frozenTags(map: Map<string, string>): ReadonlyMap<string, string> {
  return Object.freeze({
    entries: map.entries.bind(map),
    forEach: map.forEach.bind(map),
    get: map.get.bind(map),
    has: map.has.bind(map),
    keys: map.keys.bind(map),
    size: map.size,
    values: map.values.bind(map),
    [Symbol.iterator]: map[Symbol.iterator].bind(map),
  }) as ReadonlyMap<string, string>;
}

/** The config Configure carries, read as the SDK reads it; throws where the SDK's reading throws. */
function readConfig(request: analyzerproto.ConfigureAnalyzerRequest): Record<string, PolicyConfig> {
  const config: Record<string, PolicyConfig> = {};
  for (const [name, policyConfig] of request.getPolicyconfigMap().entries()) {
    const props = policyConfig.getProperties()!.toJavaScript() as Record<string, unknown>;
    config[name] = {
      ...props,
      enforcementLevel: sdkProtoutil.convertEnforcementLevel(policyConfig.getEnforcementlevel()),
    };
  }
  return config;
}

function notApplicableEntry(policyName: string, reason?: string): analyzerproto.PolicyNotApplicable {
  const entry = new sdkAnalyzerProto.PolicyNotApplicable();
  entry.setPolicyName(policyName);
  if (reason) {
    entry.setReason(reason);
  }
  return entry;
}

/** The SDK's `reportViolation` for one policy (both forms: a message, or an object of fields). */
function reporter(
  policy: Policy,
  pack: ServedPack,
  enforcementLevel: SdkEnforcementLevel,
  diagnostics: SdkDiagnostic[],
): (message?: string | Partial<SdkDiagnostic & { name: string }>, urn?: string) => void {
  return (message, urn) => {
    const base = { policyName: policy.name, policyPackName: pack.name, policyPackVersion: pack.version };
    if (typeof message === "object") {
      diagnostics.push({
        ...base,
        policyName: message.name || policy.name,
        message: message.message || message.description || policy.description,
        urn: message.urn,
        description: message.description || policy.description,
        enforcementLevel: message.enforcementLevel || enforcementLevel,
        severity: message.severity || policy.severity,
      });
      return;
    }
    diagnostics.push({
      ...base,
      message: message ? `${policy.description}\n${message}` : policy.description,
      urn,
      description: policy.description,
      enforcementLevel,
      severity: policy.severity,
    });
  };
}

/** Runs every stack policy over one shared resource list; the answer is the SDK handler's. */
async function analyzeStack(
  request: analyzerproto.AnalyzeStackRequest,
  pack: ServedPack,
  policies: readonly Policy[],
  state: PackState,
): Promise<analyzerproto.AnalyzeResponse> {
  const requestResources = request.getResourcesList();
  const diagnostics: SdkDiagnostic[] = [];
  let notApplicable: analyzerproto.PolicyNotApplicable[] | undefined;
  let resources: readonly PolicyResource[] | undefined;
  for (const policy of policies) {
    let enforcementLevel =
      state.config[policy.name]?.enforcementLevel || policy.enforcementLevel || pack.enforcementLevel;
    if (enforcementLevel === "disabled" || !sdkPolicyHelpers.isStackPolicy(policy)) {
      continue;
    }
    if (enforcementLevel === "remediate") {
      enforcementLevel = "mandatory"; // stack policies cannot remediate
    }
    const { validateStack, name, ...fields } = policy as StackValidationPolicy;
    const pulumiType = sdkPolicyHelpers.getPulumiType(validateStack);
    if (pulumiType && !requestResources.some((r) => r.getType() === pulumiType)) {
      (notApplicable ??= []).push(
        notApplicableEntry(name, `Policy only applies to resources of type '${pulumiType}'`),
      );
      continue;
    }
    const report = reporter(policy, pack, enforcementLevel, diagnostics);
    try {
      resources ??= stackResources(request);
      const args = {
        // The SDK types the list as mutable; it is frozen because every policy shares it.
        resources: resources as PolicyResource[],
        getConfig: <T extends object>(): T => {
          const { enforcementLevel: _level, ...properties } = state.config[name] ?? {};
          return properties as T;
        },
        stackTags: state.stackTags,
        notApplicable: throwNotApplicable,
      };
      await Promise.resolve(validateStack(args, report));
    } catch (e) {
      const policyFrom = `policy '${name}' from policy pack '${pack.name}@v${pack.version}'`;
      if (e instanceof sdkProxy.UnknownValueError) {
        diagnostics.push({
          policyName: name,
          policyPackName: pack.name,
          policyPackVersion: pack.version,
          message: `can't run ${policyFrom} during preview: ${e.message}`,
          ...fields,
          enforcementLevel: "advisory",
        } as SdkDiagnostic);
      } else if (e instanceof NotApplicableError) {
        (notApplicable ??= []).push(notApplicableEntry(name, e.reason));
      } else {
        throw sdkProtoutil.asGrpcError(e, `Error validating resource with ${policyFrom}`);
      }
    }
  }
  return sdkProtoutil.makeAnalyzeResponse(diagnostics, notApplicable);
}

/**
 * The SDK's handlers with AnalyzeStack served over one shared resource list, and Configure and
 * ConfigureStack also recording what they are told, for that handler to read.
 */
export function withSharedStackAnalysis(
  handlers: AnalyzerHandlers,
  pack: ServedPack,
  policies: readonly Policy[],
): AnalyzerHandlers {
  const state: PackState = { config: {}, stackTags: frozenTags(new Map()) };
  return {
    ...handlers,
    configure: (call, callback) => {
      try {
        state.config = readConfig(call.request);
      } catch {
        // The SDK's handler fails on the same request, answers with the error and keeps its config.
      }
      handlers.configure(call, callback);
    },
    configureStack: (call, callback) => {
      try {
        const tags = new Map<string, string>();
        call.request.getTagsMap().forEach((value, key) => tags.set(key, value));
        state.stackTags = frozenTags(tags);
      } catch {
        // As for configure: the SDK's handler reports the error.
      }
      handlers.configureStack(call, callback);
    },
    analyzeStack: (call, callback) => {
      analyzeStack(call.request, pack, policies, state).then(
        (response) => callback(undefined, response),
        (error: unknown) => callback(error),
      );
    },
  };
}

/** Marks the wrapped `serve` and keeps the SDK's own, so installing twice changes nothing. */
const ORIGINAL = Symbol.for("scopeguard.sdkServe");

type Wrapped = Serve & { [ORIGINAL]?: Serve };

/**
 * Makes the SDK's `serve` register the shared AnalyzeStack handler. Call before constructing the
 * `PolicyPack`. Idempotent. Returns the SDK's own `serve`.
 */
export function shareStackAnalysis(server: SdkServerModule = sdkServer): Serve {
  const current = server.serve as Wrapped;
  const installed = current[ORIGINAL];
  if (installed !== undefined) {
    return installed;
  }
  const original = current;
  const wrapped: Wrapped = (name, version, enforcementLevel, args: PolicyPackArgs, initialConfig) => {
    const prototype = grpcServer.prototype;
    const addService = prototype.addService;
    prototype.addService = function (this: unknown, service: unknown, implementation: object) {
      const handlers = implementation as Partial<AnalyzerHandlers>;
      const replaceable =
        service === analyzerService &&
        typeof handlers.analyzeStack === "function" &&
        typeof handlers.configure === "function" &&
        typeof handlers.configureStack === "function";
      const served = replaceable
        ? withSharedStackAnalysis(
            handlers as AnalyzerHandlers,
            { name, version, enforcementLevel },
            args.policies ?? [],
          )
        : implementation;
      return addService.call(this, service, served);
    };
    try {
      original(name, version, enforcementLevel, args, initialConfig);
    } finally {
      prototype.addService = addService;
    }
  };
  wrapped[ORIGINAL] = original;
  server.serve = wrapped;
  return original;
}
