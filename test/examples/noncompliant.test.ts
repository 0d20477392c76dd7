import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import type { AnalysisResult } from "../../preview/engine";
import {
  analyzeAll,
  example,
  findings,
  key,
  pairs,
  readmeExpectations,
  type Program,
  type ReadmeExpectations,
} from "./support";

/**
 * The non-compliant examples through the real policy pack: each has, in preview and on update, a
 * mandatory violation of every policy its README promises, on the resource the README names, and
 * no other mandatory violation. The expectations are read from the README's tables, so README and
 * test cannot drift.
 */
const DOMAINS = [
  "network",
  "iam",
  "logging",
  "bedrock",
  "sagemaker",
  "compute",
  "api",
  "vectorstore",
  "secrets",
  "cost",
] as const;

const PROGRAMS: readonly Program[] = [
  ...DOMAINS.map((d) => example(`noncompliant-${d}`)),
  example("noncompliant-storage"),
  example("noncompliant-eks-gpu"),
  example("noncompliant-gpu-host"),
  example("noncompliant-rag-opensearch"),
];

describe("non-compliant examples through the policy pack", function () {
  this.timeout(600000);
  let results: Map<string, AnalysisResult>;
  const expected = new Map<string, ReadmeExpectations>();

  before(async () => {
    results = await analyzeAll(PROGRAMS);
  });

  for (const program of PROGRAMS) {
    const readme = fs.readFileSync(path.join(program.dir, "README.md"), "utf8");
    expected.set(program.label, readmeExpectations(readme));

    it(`${program.label}: the README promises at least one mandatory violation`, () => {
      assert.ok((expected.get(program.label) as ReadmeExpectations).mandatory.length > 0);
    });

    for (const mode of ["preview", "update"] as const) {
      it(`${program.label}: exactly the README's mandatory violations, on its resources (${mode})`, () => {
        const result = results.get(key(program, mode)) as AnalysisResult;
        const promised = pairs((expected.get(program.label) as ReadmeExpectations).mandatory);
        const found = findings(result, "mandatory");
        assert.deepEqual(found, promised);
        assert.equal(result.hasMandatory, true);
      });

      const advisories = pairs((expected.get(program.label) as ReadmeExpectations).advisory);
      if (advisories.length > 0) {
        it(`${program.label}: the README's advisories are reported (${mode})`, () => {
          const found = findings(results.get(key(program, mode)) as AnalysisResult, "advisory");
          assert.deepEqual(
            advisories.filter((p) => !found.includes(p)),
            [],
          );
        });
      }
    }
  }
});

describe("README expectation tables", () => {
  it("reads the resource and policy of each row, by level", () => {
    const readme = [
      "| resource | what is wrong | expected violation (mandatory) |",
      "|---|---|---|",
      "| `aws.s3.Bucket` `logs` | no `kmsKeyId` | `s3-bucket-encrypted-with-cmk` |",
      "| the stack `app-dev` | nothing | `bedrock-model-invocation-logging-enabled` |",
      "",
      "| resource | what is wrong | expected finding (advisory) |",
      "|---|---|---|",
      "| `aws.sns.Topic` `alerts` | plain | `sns-alert-topic-encrypted` |",
    ].join("\n");
    assert.deepEqual(readmeExpectations(readme), {
      mandatory: [
        { policy: "s3-bucket-encrypted-with-cmk", resource: "logs" },
        { policy: "bedrock-model-invocation-logging-enabled", resource: "app-dev" },
      ],
      advisory: [{ policy: "sns-alert-topic-encrypted", resource: "alerts" }],
    });
  });

  it("ignores tables that are not expectation tables", () => {
    assert.deepEqual(readmeExpectations("| option | meaning |\n|---|---|\n| `--stack` | x |\n"), {
      mandatory: [],
      advisory: [],
    });
  });
});
