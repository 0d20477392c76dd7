import { strict as assert } from "assert";
import { arn, decide, type SimulatedRole } from "../iam-simulation";

/**
 * The simulation the role suites rely on can say "Allowed" for every action they expect denied,
 * so their denials come from the generated policies, not from a request the simulator refuses.
 */
describe("role simulation", () => {
  const admin: SimulatedRole = {
    arn: "arn:aws:iam::123456789012:role/admin",
    name: "admin",
    inlinePolicies: [
      {
        name: "all",
        policy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] },
      },
    ],
    managedPolicyArns: [],
  };
  const requests: [string, string][] = [
    ["iam:PutRolePolicy", admin.arn],
    ["iam:CreateUser", "arn:aws:iam::123456789012:user/backdoor"],
    ["kms:ScheduleKeyDeletion", arn.key()],
    ["s3:DeleteBucket", arn.bucket("someone-elses-training-data")],
    ["bedrock:InvokeModel", arn.model("meta.llama3-70b-instruct-v1:0")],
    ["s3:GetObject", arn.object("someone-elses-training-data")],
  ];

  for (const [action, resource] of requests) {
    it(`allows ${action} to a role granted everything`, async () => {
      assert.equal(await decide(admin, action, resource), "Allowed");
    });
  }
});
