import type { Policy, PolicyPackArgs } from "@pulumi/policy";
import type * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import { analyzeResource } from "./resource-analysis";
import type { PackState, PolicyConfig, ServedPack } from "./sdk-answers";
import {
  analyzerService,
  grpcServer,
  sdkProtoutil,
  sdkServer,
  type AnalyzerHandlers,
  type Serve,
  type SdkServerModule,
} from "./sdk-server";
import { analyzeStack } from "./shared-stack-analysis";

/**
 * Serves Analyze and AnalyzeStack with the pack's own handlers (resource-analysis.ts,
 * shared-stack-analysis.ts), which answer as the SDK's do with less work per policy.
 *
 * `serve`, which `PolicyPack` reads off the SDK's server module at every call, is wrapped so that
 * while it registers its handlers, those two are swapped, and Configure and ConfigureStack also
 * keep the pack's config and the stack's tags here (the SDK keeps its copy private to its module).
 * Everything else is the SDK's own. If the SDK stops registering its handlers that way, its own
 * handlers stay: slower, never different. test/policypack/framework/shared-handlers.test.ts holds
 * the answers equal to the SDK's and fails when the swap no longer happens.
 */

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

/** Calls `answer` and hands its response or its error to a gRPC callback. */
function respond<T>(answer: Promise<T>, callback: (error: unknown, response?: T) => void): void {
  answer.then(
    (response) => callback(undefined, response),
    (error: unknown) => callback(error),
  );
}

/**
 * The SDK's handlers with Analyze and AnalyzeStack answered by the pack's own, and Configure and
 * ConfigureStack also recording what they are told, for those two to read.
 */
export function withSharedHandlers(
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
    analyze: (call, callback) => respond(analyzeResource(call.request, pack, policies, state), callback),
    analyzeStack: (call, callback) => respond(analyzeStack(call.request, pack, policies, state), callback),
  };
}

/** Marks the wrapped `serve` and keeps the SDK's own, so installing twice changes nothing. */
const ORIGINAL = Symbol.for("scopeguard.sdkServe");

type Wrapped = Serve & { [ORIGINAL]?: Serve };

/**
 * Makes the SDK's `serve` register the pack's Analyze and AnalyzeStack handlers. Call before
 * constructing the `PolicyPack`. Idempotent. Returns the SDK's own `serve`.
 */
export function shareSdkHandlers(server: SdkServerModule = sdkServer): Serve {
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
        (["analyze", "analyzeStack", "configure", "configureStack"] as const).every(
          (rpc) => typeof handlers[rpc] === "function",
        );
      const served = replaceable
        ? withSharedHandlers(
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
