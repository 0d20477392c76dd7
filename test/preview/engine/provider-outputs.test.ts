import { strict as assert } from "assert";
import * as path from "path";
import { createMocks } from "../../../preview/engine/mocks";
import { declaredOutputs, providerOutputs } from "../../../preview/engine/mocks/provider-outputs";
import { runProgramInProcess } from "../../../preview/engine/program/in-process";
import type { ProgramRun } from "../../../preview/engine/types";
import { UNKNOWN } from "../../../preview/engine/sentinels";

const REPO = path.resolve(__dirname, "../../..");
const ctx = (inputs: Record<string, unknown> = {}) => ({ name: "x", seed: "urn:x", inputs });

describe("engine mocks: other providers' outputs in update mode", () => {
  it("reads `readonly x: pulumi.Output<T>` declarations of a class", () => {
    const text = [
      "export declare class Widget extends pulumi.CustomResource {",
      "    /** The endpoint. */",
      "    readonly endpoint: pulumi.Output<string>;",
      "    readonly size?: pulumi.Output<number | undefined>;",
      "    readonly labels: pulumi.Output<{",
      "        [key: string]: string;",
      "    }>;",
      "}",
    ].join("\n");
    assert.deepEqual(
      [...declaredOutputs(text, "Widget")],
      [
        ["endpoint", "string"],
        ["size", "number"],
        ["labels", "{\n        [key: string]: string;\n    }"],
      ],
    );
  });

  it("gives a generated RandomPassword result of the requested length", () => {
    assert.equal(
      (
        providerOutputs("random:index/randomPassword:RandomPassword", ctx({ length: 32 }), [])
          .result as string
      ).length,
      32,
    );
  });

  it("gives a TLS private key in PEM form", () => {
    assert.match(
      providerOutputs("tls:index/privateKey:PrivateKey", ctx(), []).privateKeyPem as string,
      /^-----BEGIN RSA PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+-----END RSA PRIVATE KEY-----\n$/,
    );
  });

  it("gives every output an installed package declares a value of its type", () => {
    const out = providerOutputs("docker-build:index:Image", ctx({ tags: ["r.example.com/app:v1"] }), [REPO]);
    assert.deepEqual(
      [typeof out.contextHash, out.ref, Array.isArray(out.tags)],
      ["string", `r.example.com/app@${out.digest}`, false],
    );
  });

  it("keeps what the program set", () => {
    const m = createMocks({ mode: "update", packageDirs: [REPO] });
    const r = m.newResource({
      type: "command:local:Command",
      name: "c",
      inputs: { create: "true", stdout: "set" },
      custom: true,
    });
    assert.deepEqual([r.state.stdout, r.state.stderr, typeof r.id], ["set", "", "string"]);
  });

  it("leaves other providers' outputs absent in preview, where the program sees them unknown", () => {
    const r = createMocks({ mode: "preview" }).newResource({
      type: "tls:index/privateKey:PrivateKey",
      name: "k",
      inputs: { algorithm: "RSA" },
      custom: true,
    });
    assert.deepEqual(r.state, { algorithm: "RSA" });
  });
});

describe("engine program runner: string and list operations on other providers' outputs", function () {
  this.timeout(120000);
  let update: ProgramRun;
  let preview: ProgramRun;
  before(async () => {
    const programDir = path.resolve(__dirname, "../../fixtures/engine/programs/outputs");
    [update, preview] = await Promise.all([
      runProgramInProcess({ programDir, mode: "update" }),
      runProgramInProcess({ programDir, mode: "preview" }),
    ]);
  });
  const exports = (run: ProgramRun) => run.resources.find((r) => r.type === "pulumi:pulumi:Stack")!.outputs;

  it("runs every apply in update mode on known values (tls, random, command, docker-build, eks)", () => {
    assert.deepEqual(exports(update), {
      contextHash: true,
      imageDigest: "sha256:",
      kubeconfigServer: "eks",
      passwordLength: 24,
      pemLines: "-----BEGIN RSA PRIVATE KEY-----",
      sshType: "ssh-rsa",
      stdout: "",
    });
  });

  it("leaves the same exports unknown in preview, where the applies do not run", () => {
    assert.deepEqual(new Set(Object.values(exports(preview))), new Set([UNKNOWN]));
  });
});
