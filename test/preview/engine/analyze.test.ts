import { strict as assert } from "assert";
import * as path from "path";
import { analyzeRun, ConfigError, PolicyPackProcess, runProgramInProcess } from "../../../preview/engine";
import type { AnalysisResult, Diagnostic, ProgramRun } from "../../../preview/engine";

const fixtures = path.resolve(__dirname, "../../fixtures/engine");
const program = (name: string) => path.join(fixtures, "programs", name);
const STACK = "urn:pulumi:dev::basic::pulumi:pulumi:Stack::basic-dev";
const PACK = "engine-test-pack";

const lines = (r: AnalysisResult): string[] =>
  r.diagnostics.map((d) => `${d.phase} ${d.enforcementLevel} ${d.policyName} ${d.resourceName}`);
const only = (r: AnalysisResult, policy: string, resource?: string): Diagnostic[] =>
  r.diagnostics.filter(
    (d) => d.policyName === policy && (resource === undefined || d.resourceName === resource),
  );

describe("engine analyzer session (test pack over gRPC)", function () {
  this.timeout(180000);
  let pack: PolicyPackProcess;
  let basicPreview: ProgramRun;
  let basicUpdate: ProgramRun;
  let vpcPreview: ProgramRun;
  let preview: AnalysisResult;
  let update: AnalysisResult;
  let vpc: AnalysisResult;

  before(async () => {
    const started = PolicyPackProcess.start(path.join(fixtures, "pack"), {
      organization: "organization",
      project: "basic",
      stack: "dev",
      dryRun: true,
      config: {},
    });
    [basicPreview, basicUpdate, vpcPreview] = await Promise.all([
      runProgramInProcess({ programDir: program("basic"), mode: "preview" }),
      runProgramInProcess({ programDir: program("basic"), mode: "update" }),
      runProgramInProcess({ programDir: program("vpc"), mode: "preview" }),
    ]);
    pack = await started;
    preview = await analyzeRun(basicPreview, pack);
    update = await analyzeRun(basicUpdate, pack);
    vpc = await analyzeRun(vpcPreview, pack);
  });
  after(async () => pack?.close());

  it("reports the pack's name and version from GetAnalyzerInfo", () => {
    assert.deepEqual([preview.pack.name, preview.pack.version], [PACK, "0.0.1"]);
  });

  it("reports a mandatory violation at mandatory level", () => {
    assert.deepEqual(
      only(vpc, "kms-key-rotation").map((d) => [d.enforcementLevel, d.severity, d.message]),
      [["mandatory", "high", "enableKeyRotation is not true"]],
    );
  });

  it("sets hasMandatory when a mandatory violation exists, and only then", () => {
    assert.deepEqual([vpc.hasMandatory, preview.hasMandatory], [true, false]);
  });

  it("reports an advisory violation at advisory level", () => {
    assert.deepEqual(
      only(preview, "log-retention").map((d) => [d.enforcementLevel, d.resourceName]),
      [["advisory", "logs"]],
    );
  });

  it("applies a remediation before Analyze: the remediated resource passes", () => {
    assert.deepEqual(
      [
        only(preview, "log-owner-tag").length,
        preview.remediations.map((r) => [r.policyName, r.resourceName, r.changedKeys]),
      ],
      [0, [["log-owner-tag", "logs", ["tags"]]]],
    );
  });

  it("returns the run with remediated inputs", () => {
    const logs = preview.run.resources.find((r) => r.name === "logs")!;
    assert.deepEqual(logs.inputs.tags, { purpose: "audit", owner: "platform" });
  });

  it("turns a policy that reads an unknown value into an advisory 'can't run' in preview", () => {
    assert.deepEqual(
      only(preview, "sse-key-is-arn").map((d) => [d.enforcementLevel, d.message]),
      [
        [
          "advisory",
          "can't run policy 'sse-key-is-arn' from policy pack 'engine-test-pack@v0.0.1' during preview: string value at .rules.0.applyServerSideEncryptionByDefault.kmsMasterKeyId can't be known during preview",
        ],
      ],
    );
  });

  it("runs the same policy in update mode, where the value is known", () => {
    assert.equal(only(update, "sse-key-is-arn").length, 0);
  });

  it("shows a stack policy each resource's parent, dependencies and property dependencies", () => {
    assert.deepEqual(
      only(preview, "stack-graph", "store-sse").map((d) => d.message),
      ["parent=store deps=store-bucket+key propDeps=bucket<-store-bucket,rules<-key"],
    );
  });

  it("attributes a stack diagnostic whose URN names no resource to the Stack", () => {
    const d = only(preview, "stack-graph").find((x) => x.message.endsWith("about no resource"))!;
    assert.deepEqual([d.urn, d.resourceType, d.phase], [STACK, "pulumi:pulumi:Stack", "analyze-stack"]);
  });

  it("analyzes the Stack, with empty inputs", () => {
    assert.deepEqual(
      only(preview, "sees-providers-and-stack", "basic-dev").map((d) => d.message),
      ["stack props: 0 tags: "],
    );
  });

  it("analyzes the default provider, with its config and version", () => {
    assert.deepEqual(
      only(preview, "sees-providers-and-stack", "default_7_48_0").map((d) => d.message),
      ["provider region=eu-west-1 version=7.48.0"],
    );
  });

  it("sends a resource's explicit provider with its inputs", () => {
    assert.deepEqual(
      only(vpc, "sees-providers-and-stack", "unrotated").map((d) => d.message),
      ["key provider=east region=us-east-2"],
    );
  });

  it("analyzes in registration order, then the stack", () => {
    assert.deepEqual(lines(preview), [
      "analyze advisory sees-providers-and-stack basic-dev",
      "analyze advisory sees-providers-and-stack default_7_48_0",
      "analyze advisory sees-providers-and-stack key",
      "analyze advisory sse-key-is-arn store-sse",
      "analyze advisory log-retention logs",
      "analyze-stack advisory stack-graph store-sse",
      "analyze-stack advisory stack-graph basic-dev",
    ]);
  });

  it("delivers stack tags through ConfigureStack", async () => {
    const r = await analyzeRun(basicPreview, pack, { stackTags: { "ai-scope": "3" } });
    assert.deepEqual(
      only(r, "sees-providers-and-stack", "basic-dev").map((d) => d.message),
      ["stack props: 0 tags: ai-scope=3"],
    );
  });

  it("delivers pack config to getConfig() through Configure", async () => {
    const r = await analyzeRun(basicPreview, pack, { packConfig: { "log-retention": { minDays: 45 } } });
    assert.deepEqual(
      only(r, "log-retention").map((d) => d.message),
      ["retention 30 < 45"],
    );
  });

  it("applies a level from pack config", async () => {
    const r = await analyzeRun(vpcPreview, pack, { packConfig: { "kms-key-rotation": "advisory" } });
    assert.deepEqual(
      [only(r, "kms-key-rotation").map((d) => d.enforcementLevel), r.hasMandatory],
      [["advisory"], false],
    );
  });

  it("warns about an unknown policy name, naming near names, and runs the rest of the config", async () => {
    const warnings: string[] = [];
    const r = await analyzeRun(basicPreview, pack, {
      packConfig: { "kms-rotation": "advisory" },
      onWarning: (m) => warnings.push(m),
    });
    assert.deepEqual(
      [warnings, r.pack.name],
      [
        [
          `pack config: unknown policy "kms-rotation" in pack ${PACK} is ignored, as pulumi ignores it; did you mean "kms-key-rotation"?`,
        ],
        PACK,
      ],
    );
  });

  it("rejects a bad level with a ConfigError", async () => {
    await assert.rejects(
      analyzeRun(basicPreview, pack, { packConfig: { "kms-key-rotation": "strict" } }),
      (e: Error) =>
        e instanceof ConfigError &&
        e.message ===
          'pack config: "kms-key-rotation": enforcementLevel must be one of advisory, mandatory, remediate, disabled (got "strict")',
    );
  });

  it("rejects config that violates the policy's configSchema with a ConfigError", async () => {
    await assert.rejects(
      analyzeRun(basicPreview, pack, { packConfig: { "log-retention": { minDays: 0 } } }),
      (e: Error) =>
        e instanceof ConfigError &&
        e.message === 'pack config: "log-retention": minDays must be >= 1 (got 0)',
    );
  });
});
