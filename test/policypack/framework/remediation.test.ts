import * as assert from "node:assert/strict";
import * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import { toSdkPolicy } from "../../../policypack/framework/adapter";
import { INPUT_UNKNOWN, NO_SAFE_FIX, setInBlock, setInputs } from "../../../policypack/framework/remediation";
import { publishSettings } from "../../../policypack/framework/settings";
import type { Remediation, ResourcePolicyDefinition } from "../../../policypack/framework/types";
import { toStruct } from "../../../preview/engine/pack/requests";
import { UNKNOWN } from "../../../preview/engine/sentinels";

/** The SDK's Remediate handler (internal, but it is what turns a remediation into an answer). */
type RemediateRpc = (
  call: { request: analyzerproto.AnalyzeRequest },
  callback: (err: unknown, resp?: analyzerproto.RemediateResponse) => void,
) => void;
interface SdkServer {
  makeRemediateRpcFun(
    name: string,
    version: string,
    level: string,
    policies: readonly object[],
  ): RemediateRpc;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the module is internal and publishes no typings; SdkServer types it
const sdkServer: SdkServer = require("@pulumi/policy/server");

const TYPE = "test:index:Thing";

/** A remediating policy whose check fails unless `flag` is true, and whose remediation is `remediate`. */
function policy(remediate: ResourcePolicyDefinition["remediate"]): ResourcePolicyDefinition {
  return {
    kind: "resource",
    name: "thing-flag-on",
    description: "Things have their flag on.",
    rationale: "r",
    severity: "high",
    enforcementLevel: "remediate",
    remediationSteps: "Set flag.",
    minScope: 1,
    services: ["test"],
    resourceTypes: [TYPE],
    mappings: { nistCsf: [], owaspLlm: [], mitreAtlas: [], cisaNcsc: [], seedItems: [] },
    check: (resource) => (resource.props.flag === true ? [] : ["The flag is off: set flag to true."]),
    remediate,
  };
}

/** The SDK's Remediate response for one resource with `props` (wire encoding). */
async function respond(
  def: ResourcePolicyDefinition,
  props: Record<string, unknown>,
): Promise<analyzerproto.RemediateResponse> {
  const rpc = sdkServer.makeRemediateRpcFun("scopeguard", "0.1.0", "advisory", [toSdkPolicy(def)]);
  const request = new analyzerproto.AnalyzeRequest();
  request.setUrn(`urn:pulumi:dev::proj::${TYPE}::thing`);
  request.setType(TYPE);
  request.setName("thing");
  request.setProperties(toStruct(props));
  request.setOptions(new analyzerproto.AnalyzerResourceOptions());
  return new Promise((resolve, reject) =>
    rpc({ request }, (err, r) => (err || r === undefined ? reject(err) : resolve(r))),
  );
}

/** What the SDK's Remediate answers: the remediations, each as properties and diagnostic. */
async function remediate(
  def: ResourcePolicyDefinition,
  props: Record<string, unknown>,
): Promise<{ readonly properties?: Record<string, unknown>; readonly diagnostic: string }[]> {
  const resp = await respond(def, props);
  return resp.getRemediationsList().map((x) => ({
    properties: x.getProperties()?.toJavaScript() as Record<string, unknown> | undefined,
    diagnostic: x.getDiagnostic(),
  }));
}

const CANT_RUN =
  /^can't run remediation 'thing-flag-on' from policy pack 'scopeguard@v0\.1\.0' during preview: /;

describe("remediation outcomes, through the SDK's Remediate", () => {
  before(() => publishSettings({ scope: 5 }));
  after(() => publishSettings({}));

  const setFlag = policy(() => setInputs({ flag: true }));

  it("returns the inputs with the settings applied and every other input as it came", async () => {
    assert.deepEqual(await remediate(setFlag, { flag: false, other: UNKNOWN }), [
      { properties: { flag: true, other: UNKNOWN }, diagnostic: "" },
    ]);
  });

  it("answers nothing for a compliant resource", async () => {
    assert.deepEqual(await remediate(setFlag, { flag: true }), []);
  });

  it("answers nothing when the remediation has no safe fix", async () => {
    assert.deepEqual(
      await remediate(
        policy(() => NO_SAFE_FIX),
        { flag: false },
      ),
      [],
    );
  });

  it("says it cannot run in preview when the check reads an unknown value", async () => {
    const [answer, ...rest] = await remediate(setFlag, { flag: UNKNOWN });
    assert.deepEqual(rest, []);
    assert.equal(answer.properties, undefined);
    assert.match(answer.diagnostic, CANT_RUN);
    assert.match(answer.diagnostic, /string value at \.flag can't be known during preview$/);
  });

  it("says it cannot run in preview when the remediation reads an unknown value", async () => {
    const readsMode = policy((r) => (r.props.mode === "strict" ? NO_SAFE_FIX : setInputs({ flag: true })));
    const [answer] = await remediate(readsMode, { flag: false, mode: UNKNOWN });
    assert.equal(answer.properties, undefined);
    assert.match(answer.diagnostic, CANT_RUN);
    assert.match(answer.diagnostic, /string value at \.mode can't be known during preview$/);
  });

  it("says it cannot run in preview when the remediation answers that an input is unknown", async () => {
    const [answer] = await remediate(
      policy((): Remediation => INPUT_UNKNOWN),
      { flag: false },
    );
    assert.equal(answer.properties, undefined);
    assert.equal(
      answer.diagnostic,
      "can't run remediation 'thing-flag-on' from policy pack 'scopeguard@v0.1.0' during preview: an input the remediation needs can't be known during preview",
    );
  });

  it("cannot merge into a block that is unknown, and says so", async () => {
    const [answer] = await remediate(
      policy((r) => setInBlock(r.props, "block", { on: true })),
      {
        flag: false,
        block: UNKNOWN,
      },
    );
    assert.equal(answer.properties, undefined);
    assert.match(answer.diagnostic, CANT_RUN);
  });

  it("merges into a known block whose own settings are unknown, keeping them", async () => {
    const [answer] = await remediate(
      policy((r) => setInBlock(r.props, "block", { on: true })),
      {
        flag: false,
        block: [{ on: false, id: UNKNOWN }],
      },
    );
    assert.deepEqual(answer.properties, { flag: false, block: [{ on: true, id: UNKNOWN }] });
  });

  it("reports a remediation that breaks as not applicable, with the reason, instead of failing the preview", async () => {
    const broken = policy(() => {
      throw new TypeError("boom");
    });
    const resp = await respond(broken, { flag: false });
    assert.deepEqual(resp.getRemediationsList(), []);
    assert.deepEqual(
      resp.getNotApplicableList().map((n) => [n.getPolicyName(), n.getReason()]),
      [
        [
          "thing-flag-on",
          "thing-flag-on could not compute its remediation (boom); the inputs are left as they are and the policy's violation still stands.",
        ],
      ],
    );
  });
});
