import { strict as assert } from "assert";
import * as path from "path";
import { checkAdditions, explicitProviderDefaults } from "../../../preview/engine/mocks/provider-check";
import type { TypeShape } from "../../../preview/engine/mocks/aws-schema";
import { runPreview, runProgramInProcess } from "../../../preview/engine";
import type { AnalysisResult, ProgramRun } from "../../../preview/engine";
import { UNKNOWN } from "../../../preview/engine/sentinels";

const dir = path.resolve(__dirname, "../../fixtures/engine/programs/default-tags");
const urn = (name: string, type = "aws:cloudwatch/logGroup:LogGroup") =>
  `urn:pulumi:dev::defaulttags::${type}::${name}`;
const shape = (inputs: string[], outputs: string[]): TypeShape => ({
  inputs: new Map(inputs.map((k) => [k, { optional: true }])),
  outputs: new Map(outputs.map((k) => [k, { computed: true }])),
});
const LOGS = shape(["region", "tags"], ["region", "tags", "tagsAll"]);
const PROVIDER = { region: "eu-west-1", defaultTags: { "data-class": "prompt-logs", owner: "ml" } };

describe("engine mocks: the AWS provider's Check", () => {
  it("adds the provider's region and its default tags under the resource's tags", () => {
    assert.deepEqual(checkAdditions(LOGS, { tags: { owner: "sec" } }, PROVIDER), {
      region: "eu-west-1",
      tagsAll: { "data-class": "prompt-logs", owner: "sec" },
    });
  });

  it("keeps a region the resource sets", () => {
    assert.deepEqual(checkAdditions(LOGS, { region: "us-east-2" }, PROVIDER).region, undefined);
  });

  it("makes tagsAll unknown when the tags are unknown", () => {
    assert.equal(checkAdditions(LOGS, { tags: UNKNOWN }, PROVIDER).tagsAll, UNKNOWN);
  });

  it("adds nothing to a type that takes no region and has no tagsAll", () => {
    assert.deepEqual(checkAdditions(shape(["policy"], ["policy"]), { policy: "{}" }, PROVIDER), {});
  });

  it("reads an explicit provider's region and its defaultTags sent as JSON", () => {
    assert.deepEqual(
      explicitProviderDefaults({ region: "us-west-2", defaultTags: '{"tags":{"a":"b"}}' }, "x"),
      {
        region: "us-west-2",
        defaultTags: { a: "b" },
      },
    );
  });

  it("gives an explicit provider without region or default tags the fallback region and no tags", () => {
    assert.deepEqual(explicitProviderDefaults({}, "eu-west-1"), { region: "eu-west-1", defaultTags: {} });
  });
});

describe("engine: Check additions and stack tags reach the pack", function () {
  this.timeout(240000);
  let run: ProgramRun;
  let real: AnalysisResult;
  let test: AnalysisResult;
  const inputs = (name: string) => run.resources.find((r) => r.urn === urn(name))!.inputs;
  before(async () => {
    [run, real, test] = await Promise.all([
      runProgramInProcess({ programDir: dir, mode: "preview" }),
      runPreview({ programDir: dir, mode: "preview" }),
      runPreview({
        programDir: dir,
        mode: "preview",
        packDir: path.resolve(__dirname, "../../fixtures/engine/pack"),
      }),
    ]);
  });

  it("puts aws:defaultTags under the resource's tags in tagsAll, the resource winning", () => {
    assert.deepEqual(
      [inputs("prompts").tagsAll, inputs("audit").tagsAll],
      [
        { "data-class": "prompt-logs", owner: "ml" },
        { "data-class": "audit-logs", owner: "ml" },
      ],
    );
  });

  it("takes an explicit provider's region and default tags, not the aws: config", () => {
    assert.deepEqual(
      [inputs("west-logs").region, inputs("west-logs").tagsAll],
      ["us-west-2", { "data-class": "audit-logs", owner: "sec" }],
    );
  });

  it("fails a log group classified only through aws:defaultTags, as the real engine does", () => {
    assert.deepEqual(
      real.diagnostics
        .filter((d) => d.policyName === "cloudwatch-prompt-log-retention-bounded")
        .map((d) => [d.resourceName, d.enforcementLevel, d.message]),
      [
        [
          "prompts",
          "mandatory",
          "The prompt-log group's events are kept 3653 days: set retentionInDays between 1 and 400.",
        ],
      ],
    );
  });

  it("honours an ai-scope declared in the pulumi:tags config", () => {
    assert.deepEqual(
      real.diagnostics.filter((d) => d.policyName === "stack-declares-scope"),
      [],
    );
  });

  it("passes pulumi:project, pulumi:runtime, pulumi:description and pulumi:tags as stack tags", () => {
    const seen = test.diagnostics.find(
      (d) => d.policyName === "sees-providers-and-stack" && d.resourceType === "pulumi:pulumi:Stack",
    );
    assert.equal(
      seen?.message,
      "stack props: 0 tags: ai-scope=4,pulumi:description=Engine fixture - provider default tags, regions and stack tags.,pulumi:project=defaulttags,pulumi:runtime=nodejs,team=ml-platform",
    );
  });
});
