import { strict as assert } from "assert";
import * as path from "path";
import { ConfigError } from "../../../preview/engine/errors";
import { SECRET_PLACEHOLDER, loadProject } from "../../../preview/engine/program/project";

const programs = path.resolve(__dirname, "../../fixtures/engine/programs");
const basic = path.join(programs, "basic");
const twoStacks = path.join(programs, "two-stacks");

describe("engine program: project and stack config", () => {
  it("keeps namespaced keys as they are", () => {
    assert.equal(loadProject(basic).config["aws:region"], "eu-west-1");
  });

  it("puts un-namespaced keys in the project's namespace", () => {
    assert.equal(loadProject(basic).config["basic:apiKey"], SECRET_PLACEHOLDER);
  });

  it("stores object values as compact JSON strings", () => {
    assert.equal(loadProject(basic).config["basic:settings"], '{"tier":"gold","replicas":2}');
  });

  it("marks secure values secret", () => {
    assert.deepEqual(loadProject(basic).secretKeys, ["basic:apiKey"]);
  });

  it("takes Pulumi.yaml config defaults, as strings", () => {
    assert.equal(loadProject(basic).config["basic:retentionDays"], "30");
  });

  it("defaults to the only stack file in the folder", () => {
    assert.equal(loadProject(basic).stack, "dev");
  });

  it('defaults to "dev" when there are several stack files', () => {
    assert.equal(loadProject(twoStacks).stack, "dev");
  });

  it("reads the named stack's file, stringifying scalars", () => {
    const p = loadProject(twoStacks, "prod");
    assert.deepEqual(p.config, {
      "aws:region": "eu-central-1",
      "twostacks:flag": "true",
      "twostacks:count": "3",
    });
  });

  it("resolves Pulumi.yaml main against the program folder", () => {
    assert.equal(loadProject(twoStacks).main, path.join(twoStacks, "src"));
  });

  it("rejects a named stack without a stack file, naming the file and the stacks found", () => {
    assert.throws(
      () => loadProject(twoStacks, "qa"),
      (e: Error) =>
        e instanceof ConfigError &&
        e.message ===
          `stack "qa": ${path.join(twoStacks, "Pulumi.qa.yaml")} does not exist; create it or pass an existing stack; stacks found: prod, staging`,
    );
  });

  it("rejects a folder without Pulumi.yaml", () => {
    assert.throws(
      () => loadProject(programs),
      (e: Error) =>
        e instanceof ConfigError &&
        e.message ===
          `${programs}: no Pulumi.yaml found; pass the folder that holds the program's Pulumi.yaml`,
    );
  });
});
