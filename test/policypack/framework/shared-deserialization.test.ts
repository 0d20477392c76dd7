import * as assert from "node:assert/strict";
import { isDeepStrictEqual } from "node:util";
import * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { toSdkPolicy } from "../../../policypack/framework/adapter";
import { publishSettings } from "../../../policypack/framework/settings";
import { shareSdkDeserialization } from "../../../policypack/framework/shared-deserialization";
import { POLICIES } from "../../../policypack/policies";
import { toStruct } from "../../../preview/engine/pack/requests";
import { proxyTarget } from "../../../policypack/framework/sdk-proxy";
import { UNKNOWN } from "../../../preview/engine/sentinels";

// The SDK's own module objects and RPC handlers, as the pack's server uses them. Internal on
// purpose: these tests fail when the SDK stops reading `deserializeProperties` off its module.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sdkDeserialize = require("@pulumi/policy/deserialize");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeAnalyzeRpcFun, makeAnalyzeStackRpcFun } = require("@pulumi/policy/server");

type Deserialize = (struct: unknown, proxySecrets: boolean) => Record<string, unknown>;

const OPTIONS = (): analyzerproto.AnalyzerResourceOptions => new analyzerproto.AnalyzerResourceOptions();

function analyzeRequest(type: string, props: Record<string, unknown>): analyzerproto.AnalyzeRequest {
  const req = new analyzerproto.AnalyzeRequest();
  req.setUrn(`urn:pulumi:dev::proj::${type}::r`);
  req.setType(type);
  req.setName("r");
  req.setProperties(toStruct(props));
  req.setOptions(OPTIONS());
  return req;
}

function stackRequest(
  resources: readonly [string, Record<string, unknown>][],
): analyzerproto.AnalyzeStackRequest {
  const req = new analyzerproto.AnalyzeStackRequest();
  req.setResourcesList(
    resources.map(([type, props], i) => {
      const r = new analyzerproto.AnalyzerResource();
      r.setUrn(`urn:pulumi:dev::proj::${type}::r${i}`);
      r.setType(type);
      r.setName(`r${i}`);
      r.setProperties(toStruct(props));
      r.setOptions(OPTIONS());
      return r;
    }),
  );
  return req;
}

function call(fn: (call: unknown, cb: (e: unknown, r: unknown) => void) => void, request: unknown) {
  return new Promise<analyzerproto.AnalyzeResponse>((resolve, reject) =>
    fn({ request }, (e, r) => (e ? reject(e) : resolve(r as analyzerproto.AnalyzeResponse))),
  );
}

/** What a policy was given: the object behind the SDK's unknown-checking proxy. */
const target = (props: unknown): unknown => proxyTarget(props);

describe("shared deserialization of the SDK's requests", () => {
  let sdkOwn: Deserialize;
  /** Every Struct the SDK's own function deserialized, with what it returned. */
  let made: { props: Record<string, unknown>; copy: unknown; proxySecrets: boolean }[];

  beforeEach(() => {
    sdkOwn = sdkDeserialize.deserializeProperties;
    made = [];
    const counted: Deserialize = (struct, proxySecrets) => {
      const props = sdkOwn(struct, proxySecrets);
      // Remediation's copy is behind the SDK's secrets proxy, which cannot be cloned (nor is it shared).
      made.push({ props, copy: proxySecrets ? undefined : structuredClone(props), proxySecrets });
      return props;
    };
    sdkDeserialize.deserializeProperties = counted;
    shareSdkDeserialization();
  });

  afterEach(() => {
    sdkDeserialize.deserializeProperties = sdkOwn;
  });

  it("deserializes a resource once for every policy of an Analyze call", async () => {
    const seen: unknown[] = [];
    // Two types each: the SDK cannot rule them out before it deserializes.
    const policy = (name: string): ResourceValidationPolicy => ({
      name,
      description: name,
      enforcementLevel: "advisory",
      validateResource: (args) => void seen.push(target(args.props)),
    });
    const fn = makeAnalyzeRpcFun("pack", "0.0.1", "advisory", [policy("a"), policy("b")]);
    await call(fn, analyzeRequest("aws:s3/bucket:Bucket", { bucket: "b", tags: { owner: "x" } }));
    assert.equal(made.length, 1);
    assert.equal(seen.length, 2);
    assert.equal(seen[0], made[0].props);
    assert.equal(seen[1], made[0].props);
  });

  it("deserializes each resource once for every stack policy of an AnalyzeStack call", async () => {
    const seen: unknown[][] = [];
    const policy = (name: string): StackValidationPolicy => ({
      name,
      description: name,
      enforcementLevel: "advisory",
      validateStack: (args) => void seen.push(args.resources.map((r) => target(r.props))),
    });
    const fn = makeAnalyzeStackRpcFun("pack", "0.0.1", "advisory", [policy("a"), policy("b"), policy("c")]);
    await call(
      fn,
      stackRequest([
        ["aws:s3/bucket:Bucket", { bucket: "b" }],
        ["aws:kms/key:Key", { enableKeyRotation: true }],
      ]),
    );
    assert.equal(made.length, 2);
    assert.deepEqual(
      seen,
      [0, 1, 2].map(() => made.map((m) => m.props)),
    );
  });

  it("gives remediation, which deserializes with secrets kept, its own copy each time", () => {
    const struct = toStruct({ tags: { owner: "x" } });
    const shared = sdkDeserialize.deserializeProperties as Deserialize;
    assert.equal(shared(struct, false), shared(struct, false));
    assert.notEqual(shared(struct, true), shared(struct, true));
    assert.equal(made.filter((m) => m.proxySecrets).length, 2);
  });

  it("is installed once however often it is asked", () => {
    const installed = sdkDeserialize.deserializeProperties;
    shareSdkDeserialization();
    assert.equal(sdkDeserialize.deserializeProperties, installed);
  });

  it("is safe: no policy of the pack changes the props it shares with the others", async () => {
    publishSettings({ scope: 5 });
    try {
      const policies = POLICIES.map(toSdkPolicy);
      const types = [...new Set(POLICIES.flatMap((p) => (p.kind === "resource" ? p.resourceTypes : [])))];
      // Props of every shape the policies read: known, unknown, nested, lists, policy documents.
      const samples = types.flatMap((type, i) => [
        [type, richProps(i)] as [string, Record<string, unknown>],
        [type, richProps(i + 1, UNKNOWN)] as [string, Record<string, unknown>],
      ]);
      const analyze = makeAnalyzeRpcFun("scopeguard", "0.0.1", "advisory", policies);
      let diagnostics = 0;
      for (const [type, props] of samples) {
        diagnostics += (await call(analyze, analyzeRequest(type, props))).getDiagnosticsList().length;
      }
      const analyzeStack = makeAnalyzeStackRpcFun("scopeguard", "0.0.1", "advisory", policies);
      diagnostics += (await call(analyzeStack, stackRequest(samples))).getDiagnosticsList().length;
      assert.ok(diagnostics > 100, `the policies ran and reported (${diagnostics})`);
      assert.equal(made.length, samples.length * 2);
      const changed = made.filter((m) => !isDeepStrictEqual(m.props, m.copy));
      assert.deepEqual(
        changed.map((m) => JSON.stringify(m.copy)),
        [],
      );
    } finally {
      publishSettings({});
    }
  });
});

const KEYS = [
  "tags",
  "policy",
  "name",
  "kmsKeyId",
  "kmsKeyArn",
  "encrypted",
  "rules",
  "statements",
  "ingress",
  "metadataOptions",
  "vpcConfig",
  "subnetIds",
  "instanceType",
  "enableKeyRotation",
  "status",
  "versioningConfiguration",
  "loggingConfig",
  "contentPolicyConfig",
  "assumeRolePolicy",
  "type",
];

/** A props object where every key above holds a value of a different kind, rotated by `seed`. */
function richProps(seed: number, unknown = "x"): Record<string, unknown> {
  const doc = JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: "*", Action: "*", Resource: "*" }],
  });
  const kinds: unknown[] = [
    { "data-class": "training-data", "ai-system": "a", owner: "o" },
    doc,
    unknown,
    true,
    false,
    [{ cidrBlocks: ["0.0.0.0/0"], fromPort: 22, toPort: 22, protocol: "tcp", enabled: true }],
    { httpTokens: "optional", enabled: false, nested: { kmsKeyId: unknown, items: [1, "a"] } },
    "p5.48xlarge",
    42,
    null,
  ];
  return Object.fromEntries(KEYS.map((k, j) => [k, kinds[(seed + j) % kinds.length]]));
}
