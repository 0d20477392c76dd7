import * as assert from "node:assert/strict";
import * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import type { Policy, PolicyProviderResource, PolicyResourceOptions } from "@pulumi/policy";
import type { AnalyzerHandlers, UnaryHandler } from "../../../policypack/framework/sdk-server";
import { proxyTarget } from "../../../policypack/framework/sdk-proxy";
import { withSharedHandlers } from "../../../policypack/framework/shared-handlers";
import { toStruct } from "../../../preview/engine/pack/requests";

/**
 * What the tests of the pack's own analyzer handlers share: the pack they serve, requests with
 * options and a provider, and the handlers wrapped around stand-ins for the SDK's.
 */

// The SDK's own handlers: internal, and exactly what the pack's handlers must answer like.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sdkServer = require("@pulumi/policy/server");

export const PACK = { name: "probe-pack", version: "1.2.3", enforcementLevel: "advisory" } as const;
export const BUCKET = "aws:s3/bucket:Bucket";
export const KEY = "aws:kms/key:Key";
export const urnOf = (type: string, name: string) => `urn:pulumi:dev::proj::${type}::${name}`;

/** Options with every field set. */
export function fullOptions(): analyzerproto.AnalyzerResourceOptions {
  const options = new analyzerproto.AnalyzerResourceOptions();
  options.setProtect(true);
  options.setDeletebeforereplacedefined(true);
  options.setDeletebeforereplace(true);
  options.setAliasesList(["urn:old"]);
  options.setIgnorechangesList(["tags"]);
  options.setParent(urnOf(KEY, "key"));
  const timeouts = new analyzerproto.AnalyzerResourceOptions.CustomTimeouts();
  timeouts.setCreate(60);
  options.setCustomtimeouts(timeouts);
  return options;
}

/** The default aws provider, with its props. */
export function awsProvider(): analyzerproto.AnalyzerProviderResource {
  const provider = new analyzerproto.AnalyzerProviderResource();
  provider.setType("pulumi:providers:aws");
  provider.setName("default");
  provider.setUrn("urn:pulumi:dev::proj::pulumi:providers:aws::default");
  provider.setProperties(toStruct({ region: "eu-west-1" }));
  return provider;
}

/** What a policy can observe of options and a provider, as plain data. */
export function observedContext(opts: PolicyResourceOptions, provider?: PolicyProviderResource): unknown {
  return { opts, provider: provider && { ...provider, props: proxyTarget(provider.props) } };
}

/** Calls a unary handler. */
export function call<Req, Resp>(handler: UnaryHandler<Req, Resp>, request: Req): Promise<Resp> {
  return new Promise((resolve, reject) =>
    handler({ request }, (error, response) => (error ? reject(error) : resolve(response!))),
  );
}

/** The pack's handlers around stand-ins for the SDK's: Configure and ConfigureStack answer at once. */
export function shared(list: readonly Policy[], seen: string[] = []): AnalyzerHandlers {
  const answer = (rpc: string) => (_call: unknown, callback: (e: unknown, r?: unknown) => void) => {
    seen.push(rpc);
    callback(null, {});
  };
  const sdk: AnalyzerHandlers = {
    analyze: () => assert.fail("the SDK's Analyze handler was called"),
    analyzeStack: () => assert.fail("the SDK's AnalyzeStack handler was called"),
    configure: answer("configure"),
    configureStack: answer("configureStack"),
  };
  return withSharedHandlers(sdk, PACK, list);
}

/** The SDK's own handlers for `list`, with the SDK's default config (none) and tags (none). */
export const sdkHandlers = (list: readonly Policy[]) => ({
  analyze: sdkServer.makeAnalyzeRpcFun(
    PACK.name,
    PACK.version,
    PACK.enforcementLevel,
    list,
  ) as AnalyzerHandlers["analyze"],
  analyzeStack: sdkServer.makeAnalyzeStackRpcFun(
    PACK.name,
    PACK.version,
    PACK.enforcementLevel,
    list,
  ) as AnalyzerHandlers["analyzeStack"],
});

/** The first two lines of a gRPC error the SDK makes: its own words and the policy's error, without the stack. */
export const errorHead = (e: Error): string[] => e.message.split("\n").slice(0, 2);

/** The SDK's words for the call of a policy named `throws` that threw `new Error("broken check")`. */
export const BROKEN_CHECK_ERROR = [
  "Error validating resource with policy 'throws' from policy pack 'probe-pack@v1.2.3':",
  "Error: broken check",
];

/** The error a handler fails the call with (the test fails if it answers). */
export function failure<Req, Resp>(handler: UnaryHandler<Req, Resp>, request: Req): Promise<Error> {
  return call(handler, request).then(
    () => assert.fail("the call succeeded"),
    (e: Error) => e,
  );
}

/**
 * Calls the SDK's handler and the pack's with the same request, holds their answers equal, and
 * gives the pack's answer.
 */
export async function answeredAlike<Req>(
  sdk: UnaryHandler<Req, analyzerproto.AnalyzeResponse>,
  ours: UnaryHandler<Req, analyzerproto.AnalyzeResponse>,
  request: () => Req,
): Promise<analyzerproto.AnalyzeResponse> {
  const expected = await call(sdk, request());
  const actual = await call(ours, request());
  assert.deepEqual(actual.toObject(), expected.toObject());
  return actual;
}

/** The names of the policies an answer reports, in order, once each. */
export const reportingPolicies = (response: analyzerproto.AnalyzeResponse): string[] => [
  ...new Set(response.getDiagnosticsList().map((d) => d.getPolicyname())),
];
