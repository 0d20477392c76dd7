import { strict as assert } from "assert";
import {
  ModelDataBackups,
  S3_BACKUP_MANAGED_POLICIES,
  type ModelDataBackupsArgs,
} from "../../../components/platform";
import { only, resourceErrorMessage, run } from "../support";

describe("ModelDataBackups", () => {
  it("backs up the named buckets daily into a vault under its own key, kept 35 days", async () => {
    const { resources, error } = await run(
      "preview",
      () => new ModelDataBackups("corpus-backups", { scope: 5, bucketNames: ["training-data-1a2b3c4"] }),
    );
    assert.equal(error, undefined);
    const vault = only(resources, "aws:backup/vault:Vault").inputs;
    assert.ok(vault.kmsKeyArn !== undefined);
    const [rule] = only(resources, "aws:backup/plan:Plan").inputs.rules;
    assert.deepEqual([rule.schedule, rule.lifecycle.deleteAfter], ["cron(0 5 * * ? *)", 35]);
    assert.deepEqual(only(resources, "aws:backup/selection:Selection").inputs.resources, [
      "arn:aws:s3:::training-data-1a2b3c4",
    ]);
    const trust = JSON.parse(only(resources, "aws:iam/role:Role").inputs.assumeRolePolicy);
    assert.equal(trust.Statement[0].Principal.Service, "backup.amazonaws.com");
    assert.deepEqual(
      resources
        .filter((r) => r.type === "aws:iam/rolePolicyAttachment:RolePolicyAttachment")
        .map((r) => r.inputs.policyArn.split("/").pop()),
      [...S3_BACKUP_MANAGED_POLICIES],
    );
  });

  describe("rejects, before creating anything,", () => {
    const cases: [string, Partial<ModelDataBackupsArgs>, string][] = [
      ["an empty selection", { bucketNames: [] }, "bucketNames is empty; name the buckets to back up."],
      [
        "a retention of no days",
        { bucketNames: ["x"], retentionDays: 0 },
        "retentionDays must be a whole number of days from 1 to 3650 (got 0); leave it unset for 35.",
      ],
      [
        "a schedule that is not a cron expression",
        { bucketNames: ["x"], schedule: "daily" },
        'schedule "daily" is not an AWS Backup cron expression such as "cron(0 5 * * ? *)".',
      ],
      [
        "a scope outside 1..5",
        { bucketNames: ["x"], scope: 7 as never },
        "scope 7 is not a scope; set it to one of 1, 2, 3, 4, 5.",
      ],
    ];
    for (const [what, args, message] of cases) {
      it(what, async () => {
        const { resources, error } = await run(
          "preview",
          () => new ModelDataBackups("b", args as ModelDataBackupsArgs),
        );
        assert.deepEqual(
          resources.map((r) => r.type),
          [ModelDataBackups.typeToken],
        );
        assert.equal(resourceErrorMessage(error), `ModelDataBackups "b": ${message}`);
      });
    }
  });
});
