import * as assert from "node:assert/strict";
import * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import type {
  Policy,
  PolicyResource,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import { proxyTarget } from "../../../policypack/framework/sdk-proxy";
import { toStruct } from "../../../preview/engine/pack/requests";
import { UNKNOWN } from "../support";
import {
  awsProvider,
  BUCKET,
  call,
  errorHead,
  fullOptions,
  KEY,
  observedContext,
  shared,
  sdkHandlers,
  urnOf,
  answeredAlike,
  BROKEN_CHECK_ERROR,
  failure,
  reportingPolicies,
} from "./handler-support";

/** A request with links of every kind: parent, dependencies, property dependencies, provider, options. */
function request(): analyzerproto.AnalyzeStackRequest {
  const key = new analyzerproto.AnalyzerResource();
  key.setUrn(urnOf(KEY, "key"));
  key.setType(KEY);
  key.setName("key");
  key.setProperties(toStruct({ enableKeyRotation: true, description: UNKNOWN }));
  key.setOptions(new analyzerproto.AnalyzerResourceOptions());

  const bucket = new analyzerproto.AnalyzerResource();
  bucket.setUrn(urnOf(BUCKET, "data"));
  bucket.setType(BUCKET);
  bucket.setName("data");
  bucket.setProperties(toStruct({ bucket: "data", tags: { env: "dev" } }));
  bucket.setOptions(fullOptions());
  bucket.setParent(urnOf(KEY, "key"));
  bucket.setDependenciesList([urnOf(KEY, "key"), "urn:not-in-the-stack"]);
  const deps = new analyzerproto.AnalyzerPropertyDependencies();
  deps.setUrnsList([urnOf(KEY, "key")]);
  bucket.getPropertydependenciesMap().set("serverSideEncryptionConfiguration", deps);
  bucket.setProvider(awsProvider());

  const req = new analyzerproto.AnalyzeStackRequest();
  req.setResourcesList([key, bucket]);
  return req;
}

/** Everything a stack policy can observe of a resource, as plain data. */
function observed(r: PolicyResource): unknown {
  const bucketClass = { __pulumiType: BUCKET };
  return {
    type: r.type,
    urn: r.urn,
    name: r.name,
    props: proxyTarget(r.props),
    context: observedContext(r.opts, r.provider),
    parent: r.parent?.urn,
    dependencies: r.dependencies.map((d) => d.urn),
    propertyDependencies: Object.entries(r.propertyDependencies).map(([k, v]) => [k, v.map((d) => d.urn)]),
    isBucket: r.isType(bucketClass as never),
    asBucket: r.asType(bucketClass as never) !== undefined,
  };
}

function stackPolicy(
  name: string,
  validateStack: StackValidationPolicy["validateStack"],
  more: Partial<StackValidationPolicy> = {},
): StackValidationPolicy {
  return { name, description: `${name} holds.`, severity: "high", validateStack, ...more };
}

/** A policy of each behaviour the SDK's handler distinguishes. */
function policies(): Policy[] {
  const marked = Object.assign((_: StackValidationArgs, report: (m: string) => void) => report("saw a key"), {
    __pulumiType: KEY,
  });
  const absent = Object.assign(() => undefined, { __pulumiType: "aws:sagemaker/model:Model" });
  return [
    stackPolicy("sees-everything", (args, report) => {
      for (const r of args.resources) report(JSON.stringify(observed(r)), r.urn);
      report(JSON.stringify({ config: args.getConfig(), tags: [...args.stackTags] }));
    }),
    stackPolicy("reports-fields", (_args, report) =>
      (report as unknown as (info: object) => void)({
        name: "renamed",
        message: "m",
        urn: "urn:x",
        severity: "low",
      }),
    ),
    stackPolicy("reports-nothing-to-add", (_args, report) => report("")),
    stackPolicy("not-applicable-with-reason", (args) => args.notApplicable("no keys here")),
    stackPolicy("not-applicable-without-reason", (args) => args.notApplicable()),
    stackPolicy(
      "reads-an-unknown",
      (args, report) => report(String((args.resources[0].props as { description: string }).description)),
      { enforcementLevel: "mandatory", remediationSteps: "Wait for the key." },
    ),
    stackPolicy("gated-on-a-present-type", marked),
    stackPolicy("gated-on-an-absent-type", absent),
    stackPolicy("disabled", (_args, report) => report("never"), { enforcementLevel: "disabled" }),
    stackPolicy("remediate-level", (_args, report) => report("as mandatory"), {
      enforcementLevel: "remediate",
    }),
    stackPolicy("async", async (_args, report) => {
      await new Promise((resolve) => setImmediate(resolve));
      report("after a tick");
    }),
    {
      name: "resource-policy",
      description: "d",
      validateResource: () => undefined,
    } as ResourceValidationPolicy,
  ];
}

describe("the pack's AnalyzeStack handler", () => {
  it("answers every kind of stack policy exactly as the SDK's handler does", async () => {
    const list = policies();
    const actual = await answeredAlike(sdkHandlers(list).analyzeStack, shared(list).analyzeStack, request);
    // The comparison saw every path: diagnostics of seven policies, three not-applicable entries.
    assert.deepEqual(reportingPolicies(actual), [
      "sees-everything",
      "renamed",
      "reports-nothing-to-add",
      "reads-an-unknown",
      "gated-on-a-present-type",
      "remediate-level",
      "async",
    ]);
    assert.equal(actual.getNotApplicableList().length, 3);
  });

  it("fails the call with the SDK's error when a policy throws", async () => {
    const list = [
      stackPolicy("throws", () => {
        throw new Error("broken check");
      }),
    ];
    const expected = await failure(sdkHandlers(list).analyzeStack, request());
    const actual = await failure(shared(list).analyzeStack, request());
    assert.deepEqual(errorHead(actual), errorHead(expected));
    assert.deepEqual(errorHead(actual), BROKEN_CHECK_ERROR);
  });

  it("gives every stack policy of a request the same frozen resource list", async () => {
    const seen: PolicyResource[][] = [];
    const record = stackPolicy("records", (args) => void seen.push(args.resources));
    await call(shared([record, { ...record, name: "records-too" }]).analyzeStack, request());
    assert.equal(seen.length, 2);
    assert.equal(seen[0], seen[1]);
    assert.ok(
      Object.isFrozen(seen[0]) && seen[0].every((r) => Object.isFrozen(r) && Object.isFrozen(r.dependencies)),
    );
  });
});
