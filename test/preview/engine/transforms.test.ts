import { strict as assert } from "assert";
import * as path from "path";
import { runProgram } from "../../../preview/engine/program/run-program";
import type { ProgramRun, RecordedResource } from "../../../preview/engine/types";
import { at } from "../../readers";

const dir = path.resolve(__dirname, "../../fixtures/engine/programs/transforms");
const LOGS = "urn:pulumi:dev::transforms::fixture:index:Box$aws:cloudwatch/logGroup:LogGroup::box-logs";
const BUCKET = "urn:pulumi:dev::transforms::aws:s3/bucket:Bucket::data";

describe("engine program runner: transforms", function () {
  this.timeout(120000);
  let run: ProgramRun;
  const find = (urn: string): RecordedResource => run.resources.find((r) => r.urn === urn)!;
  before(async () => {
    run = await runProgram({ programDir: dir, mode: "preview" });
  });

  it("applies a stack transform to every resource it selects", () => {
    assert.deepEqual(
      [at(find(LOGS).inputs.tags, "cost-center"), at(find(BUCKET).inputs.tags, "cost-center")],
      ["ai", "ai"],
    );
  });

  it("runs legacy transformations first (own, parent, stack), then transforms (own, parent, stack)", () => {
    assert.equal(at(find(LOGS).inputs.tags, "order"), "Lr,LP,Ls,R,P,S");
  });

  it("applies a component's transforms to its children's inputs", () => {
    assert.equal(find(LOGS).inputs.retentionInDays, 30);
  });

  it("applies the options a transform returns", () => {
    assert.equal(find(LOGS).options.protect, true);
  });

  it("applies a resource-level transform's inputs", () => {
    assert.equal(find(BUCKET).inputs.forceDestroy, false);
  });

  it("applies a resource-level transform's options, timeouts in seconds", () => {
    assert.deepEqual(
      [find(BUCKET).options.ignoreChanges, find(BUCKET).options.customTimeouts.create],
      [["tags"], 120],
    );
  });

  it("leaves the component's own inputs alone when its transforms select only children", () => {
    assert.deepEqual(find("urn:pulumi:dev::transforms::fixture:index:Box::box").inputs, {});
  });

  it("applies an invoke transform to a data source's arguments", () => {
    assert.equal(run.resources[0].outputs.region, "eu-west-3");
  });
});
