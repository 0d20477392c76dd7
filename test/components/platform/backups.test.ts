import { strict as assert } from "assert";
import {
  ModelDataBackups,
  modelDataBackupsArgsError,
  S3_BACKUP_MANAGED_POLICIES,
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

  it("rejects an empty selection, a bad retention or schedule before creating anything", async () => {
    assert.match(modelDataBackupsArgsError("b", { bucketNames: [] }) ?? "", /bucketNames is empty/);
    assert.match(
      modelDataBackupsArgsError("b", { bucketNames: ["x"], retentionDays: 0 }) ?? "",
      /retentionDays/,
    );
    assert.match(modelDataBackupsArgsError("b", { bucketNames: ["x"], schedule: "daily" }) ?? "", /cron/);
    const { resources, error } = await run("preview", () => new ModelDataBackups("b", { bucketNames: [] }));
    assert.deepEqual(
      resources.map((r) => r.type),
      [ModelDataBackups.typeToken],
    );
    assert.match(resourceErrorMessage(error), /^ModelDataBackups "b": bucketNames is empty/);
  });
});
