import * as assert from "node:assert/strict";
import * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import { toSdkPolicy } from "../../../policypack/framework/adapter";
import { publishSettings } from "../../../policypack/framework/settings";
import { POLICIES } from "../../../policypack/policies";
import { toStruct } from "../../../preview/engine/pack/requests";

// The SDK's Analyze handler; internal, but it is what builds the response the engine receives.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeAnalyzeRpcFun } = require("@pulumi/policy/server");

async function analyze(type: string, props: Record<string, unknown>): Promise<analyzerproto.AnalyzeResponse> {
  const fn = makeAnalyzeRpcFun("scopeguard", "0.1.0", "advisory", POLICIES.map(toSdkPolicy));
  const req = new analyzerproto.AnalyzeRequest();
  req.setUrn(`urn:pulumi:dev::proj::${type}::r`);
  req.setType(type);
  req.setName("r");
  req.setProperties(toStruct(props));
  req.setOptions(new analyzerproto.AnalyzerResourceOptions());
  return new Promise((resolve, reject) =>
    fn({ request: req }, (err: unknown, resp: analyzerproto.AnalyzeResponse) =>
      err ? reject(err) : resolve(resp),
    ),
  );
}

describe("resource policies through the SDK's Analyze", () => {
  before(() => publishSettings({ scope: 5 }));
  after(() => publishSettings({}));

  it("answer a resource no policy covers with no diagnostic and no not-applicable entry", async () => {
    const resp = await analyze("random:index/randomString:RandomString", { length: 8 });
    assert.deepEqual(resp.getDiagnosticsList(), []);
    assert.deepEqual(resp.getNotApplicableList(), []);
  });

  it("still check the resources of their types", async () => {
    const resp = await analyze("aws:kms/key:Key", { enableKeyRotation: false });
    assert.ok(
      resp.getDiagnosticsList().some((d) => d.getPolicyname() === "kms-key-rotation-enabled"),
      "kms-key-rotation-enabled reports the key",
    );
    assert.deepEqual(resp.getNotApplicableList(), []);
  });
});
