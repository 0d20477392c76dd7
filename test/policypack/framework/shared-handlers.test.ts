import * as assert from "node:assert/strict";
import * as path from "node:path";
import * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import type { AnalyzeResponse } from "@pulumi/pulumi/proto/analyzer_pb";
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { PolicyPackProcess } from "../../../preview/engine";
import { toStruct } from "../../../preview/engine/pack/requests";
import { BUCKET, call, shared, urnOf } from "./handler-support";

function configureRequest(
  policies: Record<string, [analyzerproto.EnforcementLevel, Record<string, unknown>?]>,
): analyzerproto.ConfigureAnalyzerRequest {
  const request = new analyzerproto.ConfigureAnalyzerRequest();
  for (const [name, [level, props]] of Object.entries(policies)) {
    const config = new analyzerproto.PolicyConfig();
    config.setEnforcementlevel(level);
    if (props) config.setProperties(toStruct(props));
    request.getPolicyconfigMap().set(name, config);
  }
  return request;
}

function stackTags(tags: Record<string, string>): analyzerproto.AnalyzerStackConfigureRequest {
  const request = new analyzerproto.AnalyzerStackConfigureRequest();
  request.setStack("dev");
  request.setProject("proj");
  request.setOrganization("organization");
  for (const [k, v] of Object.entries(tags)) request.getTagsMap().set(k, v);
  return request;
}

function analyzeRequest(): analyzerproto.AnalyzeRequest {
  const request = new analyzerproto.AnalyzeRequest();
  request.setUrn(urnOf(BUCKET, "data"));
  request.setType(BUCKET);
  request.setName("data");
  request.setProperties(toStruct({}));
  request.setOptions(new analyzerproto.AnalyzerResourceOptions());
  return request;
}

const found = (response: AnalyzeResponse) =>
  response.getDiagnosticsList().map((d) => [d.getPolicyname(), d.getEnforcementlevel(), d.getMessage()]);

const { ADVISORY, MANDATORY, DISABLED } = analyzerproto.EnforcementLevel;

describe("the pack's analyzer handlers", () => {
  it("read enforcement levels, policy config and stack tags from Configure and ConfigureStack, and pass both on", async () => {
    const forwarded: string[] = [];
    const report = (
      args: { getConfig(): object; stackTags: ReadonlyMap<string, string> },
      r: (m: string) => void,
    ) => r(JSON.stringify({ config: args.getConfig(), scope: args.stackTags.get("ai-scope") }));
    const handlers = shared(
      [
        {
          name: "configured",
          description: "d",
          validateResource: report,
          validateStack: report,
        } as ResourceValidationPolicy & StackValidationPolicy,
        {
          name: "switched-off",
          description: "d",
          validateResource: report,
          validateStack: report,
        } as ResourceValidationPolicy & StackValidationPolicy,
      ],
      forwarded,
    );
    await call(
      handlers.configure,
      configureRequest({ configured: [MANDATORY, { limit: 3 }], "switched-off": [DISABLED, {}] }),
    );
    await call(handlers.configureStack, stackTags({ "ai-scope": "4" }));

    const expected = [["configured", MANDATORY, 'd\n{"config":{"limit":3},"scope":"4"}']];
    assert.deepEqual(found(await call(handlers.analyze, analyzeRequest())), expected);
    assert.deepEqual(
      found(await call(handlers.analyzeStack, new analyzerproto.AnalyzeStackRequest())),
      expected,
    );
    assert.deepEqual(forwarded, ["configure", "configureStack"]);
  });

  it("keep the last good config when Configure sends one the SDK cannot read", async () => {
    const configured: ResourceValidationPolicy = {
      name: "configured",
      description: "d",
      validateResource: (args, r) => r(JSON.stringify(args.getConfig())),
    };
    const handlers = shared([configured]);
    await call(handlers.configure, configureRequest({ configured: [ADVISORY, { limit: 3 }] }));
    await call(handlers.configure, configureRequest({ configured: [ADVISORY] })); // no properties
    assert.deepEqual(found(await call(handlers.analyze, analyzeRequest())), [
      ["configured", ADVISORY, 'd\n{"limit":3}'],
    ]);
  });
});

describe("the pack's analyzer handlers in a pack the Pulumi CLI's way starts", () => {
  const probe = path.join(__dirname, "..", "..", "fixtures", "policypack", "handlers-probe");
  let pack: PolicyPackProcess;

  before(async () => {
    pack = await PolicyPackProcess.start(probe, {
      organization: "organization",
      project: "proj",
      stack: "dev",
      dryRun: true,
      config: {},
    });
  });
  after(() => pack?.close());

  it("replace the handlers the SDK's serve registers, and read what Configure and ConfigureStack send", async () => {
    await pack.configureStack(stackTags({ "ai-scope": "3" }));
    await pack.configure(configureRequest({ configured: [MANDATORY, { limit: 3 }] }));

    assert.deepEqual(found(await pack.analyze(analyzeRequest())), [
      ["unmarked", ADVISORY, "Declares nothing.\ncalled on aws:s3/bucket:Bucket"],
    ]);
    const stack = new analyzerproto.AnalyzeStackRequest();
    assert.deepEqual(found(await pack.analyzeStack(stack)), [
      ["second", ADVISORY, "Says whether it was given the same list.\nshared"],
      [
        "configured",
        MANDATORY,
        'Reports its config and the stack\'s tags.\n{"config":{"limit":3},"tags":[["ai-scope","3"]]}',
      ],
    ]);
  });
});
