/**
 * The packages as a user gets them [packaging]: every package packed with `npm pack` (which builds
 * it), the tarballs installed into a fresh project outside the repository from the npm cache
 * alone, a TypeScript program importing the installed components, and the installed CLI run on it.
 * One project serves every assertion, because installing is the expensive part.
 */
import { strict as assert } from "assert";
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { manifestOf, offlineLock, type Tarball } from "./offline-lock";

const REPO = path.resolve(__dirname, "..", "..");
const PACKAGE_DIRS = ["components", "policypack", "preview"];
/** The Pulumi packages a user's project brings, at the versions the repository develops with. */
const USER_DEPENDENCIES = ["@pulumi/pulumi", "@pulumi/aws", "@pulumi/policy", "typescript"];

const COMPLIANT_PROGRAM = `import { ScopedKey } from "@scopeguard/components/kms";
import { AiDataBucket } from "@scopeguard/components/storage";

const scope = 1 as const;
const key = new ScopedKey("data", { scope, accountViaServices: ["s3"] });
const accessLogs = new AiDataBucket("access-logs", { scope, dataClass: "audit-logs", accessLogTarget: true });
export const bucket = new AiDataBucket("prompt-logs", {
  scope,
  dataClass: "prompt-logs",
  kmsKeyArn: key.keyArn,
  accessLogs: { targetBucket: accessLogs.bucketName },
}).bucketName;
`;

const RAW_BUCKET_PROGRAM = `import * as aws from "@pulumi/aws";

export const bucket = new aws.s3.Bucket("raw").bucket;
`;

/** An organisation's own pack: scopeguard's policies beside one of its own. */
const ORG_PACK = `const { PolicyPack } = require("@pulumi/policy");
const { scopeguardPolicies } = require("@scopeguard/policy-pack");

new PolicyPack("org-pack", {
  policies: scopeguardPolicies({
    scope: 4,
    services: ["s3"],
    policies: [
    {
      name: "org-bucket-names-registered",
      description: "Buckets are named in the organisation's data register.",
      enforcementLevel: "mandatory",
      validateResource: (args, reportViolation) => {
        if (args.type === "aws:s3/bucket:Bucket" && args.name === "raw") {
          reportViolation("Register bucket raw in the data register before deploying it.");
        }
      },
    },
    ],
  }),
});
`;

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function program(dir: string, main: string, scope: number): void {
  write(path.join(dir, "Pulumi.yaml"), `name: ${path.basename(dir)}\nruntime: nodejs\nmain: index.ts\n`);
  write(path.join(dir, "index.ts"), main);
  write(path.join(dir, "policy-config.json"), JSON.stringify({ "scopeguard-settings": { scope } }));
}

describe("packages installed in a user's project [packaging]", function () {
  this.timeout(600000);
  let project: string;

  /** Runs the installed CLI as `npx scopeguard ...` would, in the project folder. */
  const scopeguard = (...args: string[]) =>
    spawnSync("npx", ["--no-install", "scopeguard", ...args], { cwd: project, encoding: "utf8" });

  before(function () {
    project = fs.mkdtempSync(path.join(os.tmpdir(), "scopeguard-user-"));
    const tarballs: Tarball[] = PACKAGE_DIRS.map((dir) => {
      const manifest = manifestOf(path.join(REPO, dir));
      // npm pack runs the package's prepack script, which builds it, as publishing does.
      execFileSync("npm", ["pack", "--pack-destination", project, "--silent"], { cwd: path.join(REPO, dir) });
      const file = path.join(
        project,
        `${manifest.name.replace(/^@/, "").replace("/", "-")}-${manifest.version}.tgz`,
      );
      return { manifest, file };
    });
    const repoLock = JSON.parse(fs.readFileSync(path.join(REPO, "package-lock.json"), "utf8")).packages;
    const dependencies: Record<string, string> = {};
    for (const t of tarballs) dependencies[t.manifest.name] = `file:${t.file}`;
    for (const name of USER_DEPENDENCIES) dependencies[name] = repoLock[`node_modules/${name}`].version;
    const manifest = { name: "user-project", version: "1.0.0", private: true, dependencies };
    write(path.join(project, "package.json"), JSON.stringify(manifest, null, 2));
    const lock = offlineLock(path.join(REPO, "package-lock.json"), manifest, tarballs);
    write(path.join(project, "package-lock.json"), JSON.stringify(lock, null, 2));
    execFileSync("npm", ["ci", "--offline", "--no-audit", "--no-fund", "--ignore-scripts"], {
      cwd: project,
      stdio: "pipe",
    });
    program(path.join(project, "compliant"), COMPLIANT_PROGRAM, 1);
    program(path.join(project, "raw-bucket"), RAW_BUCKET_PROGRAM, 4);
    write(path.join(project, "org-pack", "PulumiPolicy.yaml"), "runtime: nodejs\n");
    write(
      path.join(project, "org-pack", "package.json"),
      JSON.stringify({ name: "org-pack", version: "1.0.0", main: "index.js" }),
    );
    write(path.join(project, "org-pack", "index.js"), ORG_PACK);
  });

  after(() => fs.rmSync(project, { recursive: true, force: true }));

  it("ships compiled JavaScript and types, and no tests, examples or bench", () => {
    const files = ["@scopeguard/components", "@scopeguard/policy-pack", "scopeguard"].flatMap((pkg) =>
      (fs.readdirSync(path.join(project, "node_modules", pkg), { recursive: true }) as string[]).map((f) =>
        path.join(pkg, f),
      ),
    );
    assert.deepEqual(
      files.filter((f) => /\.ts$/.test(f) && !f.endsWith(".d.ts")),
      [],
    );
    assert.deepEqual(
      files.filter((f) => /[/\\](test|examples|bench)[/\\]/.test(f)),
      [],
    );
    assert.ok(
      files.includes(path.join("@scopeguard/components", "dist", "components", "storage", "index.d.ts")),
    );
    assert.ok(files.includes(path.join("@scopeguard/policy-pack", "PulumiPolicy.yaml")));
  });

  it("type-checks a program importing the components by domain under a Pulumi template's tsconfig", () => {
    // moduleResolution "node" ignores `exports`: typesVersions must map the subpaths to declarations.
    write(
      path.join(project, "compliant", "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          target: "es2020",
          module: "commonjs",
          moduleResolution: "node",
          skipLibCheck: true,
        },
        files: ["index.ts"],
      }),
    );
    const tsc = spawnSync("npx", ["--no-install", "tsc", "--noEmit", "-p", "compliant"], {
      cwd: project,
      encoding: "utf8",
    });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  });

  it("passes a program built from the installed components", () => {
    const run = scopeguard("preview", "compliant", "--config", "compliant/policy-config.json");
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /0 mandatory, .*: PASS/);
  });

  it("fails a raw unencrypted bucket at scope 4 with exit status 1", () => {
    const run = scopeguard("preview", "raw-bucket", "--config", "raw-bucket/policy-config.json");
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /FAIL/);
  });

  it("runs an organisation's pack composed from the installed policy pack through --pack", () => {
    const run = scopeguard(
      "preview",
      "raw-bucket",
      "--config",
      "raw-bucket/policy-config.json",
      "--pack",
      "org-pack",
    );
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /org-bucket-names-registered/);
    assert.match(run.stdout, /s3-bucket-encrypted-with-cmk/);
    assert.match(run.stdout, /Register bucket raw in the data register before deploying it\./);
  });

  it("packs the installed policy pack, compiled, as pulumi policy publish does (npm pack in its folder)", () => {
    const dir = path.join(project, "node_modules", "@scopeguard", "policy-pack");
    const [packed] = JSON.parse(
      execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: dir, encoding: "utf8" }),
    ) as { files: { path: string }[] }[];
    const files = packed.files.map((f) => f.path);
    assert.ok(files.includes("PulumiPolicy.yaml"));
    assert.ok(files.includes("dist/index.js"));
  });

  it("installs one copy of @pulumi/aws", () => {
    const copies = execFileSync(
      "find",
      [path.join(project, "node_modules"), "-path", "*/@pulumi/aws/package.json"],
      {
        encoding: "utf8",
      },
    )
      .trim()
      .split("\n");
    assert.deepEqual(copies, [path.join(project, "node_modules", "@pulumi", "aws", "package.json")]);
  });
});
