import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  analyzeRun,
  auditRun,
  ConfigError,
  PolicyPackProcess,
  runProgramInProcess,
} from "../../../preview/engine";
import type { AnalysisResult, ProgramRun } from "../../../preview/engine";

const fixtures = path.resolve(__dirname, "../../fixtures/engine");
const EXPORT = path.join(fixtures, "state", "basic-dev.json");
const lines = (r: AnalysisResult, policy: string) =>
  r.diagnostics
    .filter((d) => d.policyName === policy)
    .map((d) => `${d.phase} ${d.enforcementLevel} ${d.resourceName}: ${d.message}`);

/** The export with the key's rotation turned off. */
function unrotatedExport(): string {
  const doc = JSON.parse(fs.readFileSync(EXPORT, "utf8"));
  const key = doc.deployment.resources.find((r: { urn: string }) => r.urn.endsWith("::key"));
  key.inputs.enableKeyRotation = false;
  key.outputs.enableKeyRotation = false;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sg-audit-")), "stack.json");
  fs.writeFileSync(file, JSON.stringify(doc));
  return file;
}

describe("engine audit of a stack export and preview with prior state (test pack over gRPC)", function () {
  this.timeout(180000);
  let pack: PolicyPackProcess;
  let audit: AnalysisResult;
  let unrotated: AnalysisResult;
  let withState: ProgramRun;
  let withStateResult: AnalysisResult;

  before(async () => {
    const started = PolicyPackProcess.start(path.join(fixtures, "pack"), {
      organization: "organization",
      project: "basic",
      stack: "dev",
      dryRun: true,
      config: {},
    });
    withState = await runProgramInProcess({
      programDir: path.join(fixtures, "programs", "basic"),
      mode: "preview",
      stateFile: EXPORT,
    });
    pack = await started;
    audit = await analyzeRun(auditRun(EXPORT), pack);
    unrotated = await analyzeRun(auditRun(unrotatedExport()), pack);
    withStateResult = await analyzeRun(withState, pack);
  });
  after(async () => pack?.close());

  it("audits a deployed stack with its known values: no mandatory violation when the key rotates", () => {
    assert.deepEqual([audit.hasMandatory, lines(audit, "kms-key-rotation")], [false, []]);
  });

  it("reports a mandatory violation recorded in the export", () => {
    assert.deepEqual(lines(unrotated, "kms-key-rotation"), [
      "analyze mandatory key: enableKeyRotation is not true",
    ]);
  });

  it("runs policies that a preview could not, on the export's known values", () => {
    assert.deepEqual(lines(audit, "sse-key-is-arn"), []);
  });

  it("shows a stack policy the export's property dependencies", () => {
    assert.deepEqual(lines(audit, "stack-graph"), [
      "analyze-stack advisory store-sse: parent=store deps=store-bucket+key propDeps=bucket<-store-bucket,rules<-key",
      "analyze-stack advisory basic-dev: about no resource",
    ]);
  });

  it("keeps a deployed resource's outputs known in preview with --state", () => {
    const sse = withState.resources.find((r) => r.name === "store-sse")!;
    assert.deepEqual(sse.inputs.rules, [
      {
        applyServerSideEncryptionByDefault: {
          sseAlgorithm: "aws:kms",
          kmsMasterKeyId: "arn:aws:kms:eu-west-1:210987654321:key/0b9f3d2e-7c41-4e8a-9a55-2f6d1c8b7e40",
        },
      },
    ]);
  });

  it("turns a 'can't run during preview' into a real verdict with --state", () => {
    assert.deepEqual(lines(withStateResult, "sse-key-is-arn"), []);
  });

  it("references the deployed default provider by its id with --state", () => {
    assert.equal(
      withState.resources.find((r) => r.name === "key")!.provider,
      "urn:pulumi:dev::basic::pulumi:providers:aws::default_7_48_0::6f1c9a3e-2b7d-4e50-8c14-9d3a7b2e5f60",
    );
  });

  it("rejects a state file that is not a stack export before running the program", async () => {
    await assert.rejects(
      runProgramInProcess({
        programDir: path.join(fixtures, "programs", "basic"),
        mode: "preview",
        stateFile: path.join(fixtures, "programs", "basic", "Pulumi.yaml"),
      }),
      (e: Error) => e instanceof ConfigError && e.message.includes("Pulumi.yaml is not JSON"),
    );
  });
});
