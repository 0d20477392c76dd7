import * as assert from "node:assert/strict";
import * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import type {
  Policy,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationPolicy,
} from "@pulumi/policy";
import { proxyTarget } from "../../../policypack/framework/sdk-proxy";
import { appliesOnlyTo } from "../../../policypack/framework/validation-types";
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

/** An Analyze request for a bucket, with options, a provider and an unknown value. */
function request(type = BUCKET): analyzerproto.AnalyzeRequest {
  const req = new analyzerproto.AnalyzeRequest();
  req.setUrn(urnOf(type, "data"));
  req.setType(type);
  req.setName("data");
  req.setProperties(toStruct({ bucket: "data", tags: { env: "dev" }, arn: UNKNOWN }));
  req.setOptions(fullOptions());
  req.setProvider(awsProvider());
  return req;
}

/** Everything a resource policy can observe of its arguments, as plain data. */
function observed(args: ResourceValidationArgs): unknown {
  const bucketClass = { __pulumiType: BUCKET };
  return {
    type: args.type,
    urn: args.urn,
    name: args.name,
    props: proxyTarget(args.props),
    context: observedContext(args.opts, args.provider),
    tags: [...args.stackTags],
    config: args.getConfig(),
    isBucket: args.isType(bucketClass as never),
    asBucket: args.asType(bucketClass as never) !== undefined,
  };
}

function resourcePolicy(
  name: string,
  validateResource: ResourceValidationPolicy["validateResource"],
  more: Partial<ResourceValidationPolicy> = {},
): ResourceValidationPolicy {
  return { name, description: `${name} holds.`, severity: "medium", validateResource, ...more };
}

/** A policy of each behaviour the SDK's handler distinguishes. */
function policies(): Policy[] {
  const keyOnly = Object.assign((_: ResourceValidationArgs, report: (m: string) => void) => report("a key"), {
    __pulumiType: KEY,
  });
  const bucketOnly = Object.assign(
    (_: ResourceValidationArgs, report: (m: string) => void) => report("a bucket"),
    {
      __pulumiType: BUCKET,
    },
  );
  return [
    resourcePolicy("sees-everything", (args, report) => report(JSON.stringify(observed(args)))),
    resourcePolicy("reports-fields", (_args, report) =>
      (report as unknown as (info: object) => void)({
        name: "renamed",
        description: "other",
        enforcementLevel: "mandatory",
      }),
    ),
    resourcePolicy("reports-nothing-to-add", (_args, report) => report("")),
    resourcePolicy("not-applicable", (args) => args.notApplicable("not a data bucket")),
    resourcePolicy("reads-an-unknown", (args, report) => report(String(args.props.arn)), {
      enforcementLevel: "mandatory",
      remediationSteps: "Wait for the ARN.",
    }),
    resourcePolicy("marked-for-another-type", keyOnly),
    resourcePolicy("marked-for-this-type", bucketOnly),
    resourcePolicy("two-validations", [
      (_args, report) => report("first"),
      (args) => args.notApplicable("second does not apply"),
    ]),
    resourcePolicy("disabled", (_args, report) => report("never"), { enforcementLevel: "disabled" }),
    resourcePolicy("remediate-level", (_args, report) => report("as mandatory"), {
      enforcementLevel: "remediate",
    }),
    { name: "remediation-only", description: "d", remediateResource: () => undefined } as unknown as Policy,
    resourcePolicy("async", async (_args, report) => {
      await new Promise((resolve) => setImmediate(resolve));
      report("after a tick");
    }),
    { name: "stack-policy", description: "d", validateStack: () => undefined } as StackValidationPolicy,
  ];
}

describe("the pack's Analyze handler", () => {
  it("answers every kind of resource policy exactly as the SDK's handler does", async () => {
    const list = policies();
    const actual = await answeredAlike(sdkHandlers(list).analyze, shared(list).analyze, request);
    // The comparison saw every path: eight policies' diagnostics, four not-applicable entries.
    assert.deepEqual(reportingPolicies(actual), [
      "sees-everything",
      "renamed",
      "reports-nothing-to-add",
      "reads-an-unknown",
      "marked-for-this-type",
      "two-validations",
      "remediate-level",
      "async",
    ]);
    assert.equal(actual.getNotApplicableList().length, 4);
  });

  it("fails the call with the SDK's error when a policy throws", async () => {
    const list = [
      resourcePolicy("throws", () => {
        throw new Error("broken check");
      }),
    ];
    const expected = await failure(sdkHandlers(list).analyze, request());
    const actual = await failure(shared(list).analyze, request());
    assert.deepEqual(errorHead(actual), errorHead(expected));
    assert.deepEqual(errorHead(actual), BROKEN_CHECK_ERROR);
  });

  it("calls a validation that declared its types only on resources of those types", async () => {
    const called: string[] = [];
    const validation = appliesOnlyTo(
      (args: ResourceValidationArgs) => void called.push(args.type),
      new Set([KEY]),
    );
    const handlers = shared([resourcePolicy("keys-only", validation)]);
    await call(handlers.analyze, request(BUCKET));
    await call(handlers.analyze, request(KEY));
    assert.deepEqual(called, [KEY]);
  });
});
