import * as assert from "node:assert/strict";
import * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import { toSdkPolicy } from "../../../policypack/framework/adapter";
import { publishSettings } from "../../../policypack/framework/settings";
import type { ResourcePolicyDefinition } from "../../../policypack/framework/types";
import { POLICIES } from "../../../policypack/policies";
import { Struct } from "../../../preview/engine/pack/requests";

// The SDK's Remediate handler; internal, but it is what decides whether a remediation runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeRemediateRpcFun } = require("@pulumi/policy/server");

const REMEDIATING = POLICIES.filter(
  (p): p is ResourcePolicyDefinition => p.kind === "resource" && p.remediate !== undefined,
);

function remediateRequest(type: string): analyzerproto.AnalyzeRequest {
  const req = new analyzerproto.AnalyzeRequest();
  req.setUrn(`urn:pulumi:dev::proj::${type}::r`);
  req.setType(type);
  req.setName("r");
  req.setProperties(Struct.fromJavaScript({}));
  req.setOptions(new analyzerproto.AnalyzerResourceOptions());
  return req;
}

/** Runs one remediation through the SDK's Remediate; says whether the SDK called it. */
async function remediate(def: ResourcePolicyDefinition, type: string): Promise<boolean> {
  const sdk = toSdkPolicy(def) as any;
  let called = false;
  const own = sdk.remediateResource;
  const spy = Object.assign((...args: unknown[]) => {
    called = true;
    return own(...args);
  }, own);
  const fn = makeRemediateRpcFun("scopeguard", "0.1.0", "advisory", [
    { ...sdk, enforcementLevel: "remediate", remediateResource: spy },
  ]);
  await new Promise<void>((resolve, reject) =>
    fn({ request: remediateRequest(type) }, (err: unknown) => (err ? reject(err) : resolve())),
  );
  return called;
}

describe("remediations of single-type policies", () => {
  before(() => publishSettings({ scope: 5 }));
  after(() => publishSettings({}));

  it("are skipped by the SDK for resources of other types, and run for their own", async () => {
    const single = REMEDIATING.filter((p) => p.resourceTypes.length === 1);
    assert.ok(single.length > 5, `${single.length} single-type remediations`);
    for (const def of single) {
      assert.equal(await remediate(def, "random:index/randomString:RandomString"), false, def.name);
      assert.equal(await remediate(def, def.resourceTypes[0]), true, def.name);
    }
  });

  it("still run on every resource when the policy covers several types", async () => {
    for (const def of REMEDIATING.filter((p) => p.resourceTypes.length > 1)) {
      assert.equal(await remediate(def, "random:index/randomString:RandomString"), true, def.name);
    }
  });
});
