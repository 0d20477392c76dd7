import { strict as assert } from "assert";
import * as path from "path";
import { ConfigError, ProgramError } from "../../../preview/engine/errors";
import { engineStackTags, loadProject } from "../../../preview/engine/program/project";
import type { ProjectInfo } from "../../../preview/engine/program/project";
import { runProgram } from "../../../preview/engine/program/run-program";
import { esmTypeScriptProblem } from "../../../preview/engine/program/typescript";

const programs = path.resolve(__dirname, "../../fixtures/engine/programs");

describe("engine program: errors that name their cause", function () {
  this.timeout(120000);

  it("refuses a stack file that imports ESC environments, saying what to do instead", () => {
    const dir = path.join(programs, "esc");
    assert.throws(
      () => loadProject(dir),
      (e: Error) =>
        e instanceof ConfigError &&
        e.message ===
          `${path.join(dir, "Pulumi.dev.yaml")}: "environment" imports Pulumi ESC environments (ai-platform/dev, shared/aws-creds), which the offline preview cannot open; copy the values the program reads (e.g. aws:region) under "config:" in this file and remove "environment", or pass --stack with a stack whose file has them`,
    );
  });

  it("names the resource and the URL of a download that fails at run time", async () => {
    const dir = path.join(programs, "downloads");
    await assert.rejects(
      runProgram({ programDir: dir, mode: "preview" }),
      (e: Error) =>
        e instanceof ProgramError &&
        /^program \S+ failed: resource kubernetes:yaml:ConfigFile "operator" could not download https:\/\/manifests\.example\.invalid\/operator\.yaml at run time \(fetch failed: [A-Z_]+\); save the file next to the program and pass its local path instead, or run the preview where the URL is reachable$/.test(
          e.message,
        ),
    );
  });

  it("names the TypeScript too old for an ES-module program and what to install", () => {
    assert.equal(
      esmTypeScriptProblem(
        { dir: "/p/node_modules/typescript", version: "4.5.5" },
        "/p/node_modules/@pulumi/pulumi",
      ),
      'TypeScript 4.5.5 (/p/node_modules/typescript) cannot compile an ES-module program: it needs 4.7 or later (module "nodenext"); install typescript 5.x in the program\'s folder',
    );
  });

  it("accepts TypeScript 4.8 and later for ES-module programs", () => {
    assert.equal(esmTypeScriptProblem({ dir: "/t", version: "5.9.3" }, "/p"), undefined);
  });
});

describe("engine program: stack tags as the CLI derives them", () => {
  const project = (config: Record<string, string>, description?: string): ProjectInfo => ({
    name: "proj",
    dir: "/p",
    main: "/p",
    mainSet: false,
    stack: "dev",
    config,
    secretKeys: [],
    ...(description === undefined ? {} : { description }),
    runtimeOptions: { nodeargs: [], typescript: true },
  });

  it("tags the project, the runtime and the description", () => {
    assert.deepEqual(engineStackTags(project({}, "An AI app")), {
      "pulumi:project": "proj",
      "pulumi:runtime": "nodejs",
      "pulumi:description": "An AI app",
    });
  });

  it("adds every entry of the pulumi:tags config", () => {
    assert.equal(engineStackTags(project({ "pulumi:tags": '{"ai-scope":"4"}' }))["ai-scope"], "4");
  });

  it("rejects a pulumi:tags value that is not a string, as the CLI does", () => {
    assert.throws(
      () => engineStackTags(project({ "pulumi:tags": '{"ai-scope":4}' })),
      (e: Error) =>
        e instanceof ConfigError &&
        e.message ===
          'pulumi:tags[ai-scope] must be a string (config of stack "dev"); quote it, e.g. ai-scope: "4"',
    );
  });

  it("rejects a pulumi:tags that is not an object", () => {
    assert.throws(
      () => engineStackTags(project({ "pulumi:tags": "ai-scope=4" })),
      (e: Error) =>
        e instanceof ConfigError &&
        e.message ===
          'pulumi:tags must be an object of strings (config of stack "dev"), e.g. pulumi:tags: {ai-scope: "4"}',
    );
  });
});
