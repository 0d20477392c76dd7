import { strict as assert } from "assert";
import { GpuLaunchTemplate } from "../../../components/compute";
import { arn, decide, itDeniesTheDangerousActions, roleOf, type SimulatedRole } from "../iam-simulation";
import { run } from "../support";

/**
 * The GPU hosts' role, simulated: it reaches the named buckets and nothing else. Session Manager
 * comes from the AWS-managed AmazonSSMManagedInstanceCore, whose document AWS owns; the test
 * pins that it is the only managed policy, and simulates what the component writes itself.
 */
describe("GpuLaunchTemplate host role (simulated with iam-simulate)", () => {
  let role: SimulatedRole;
  before(async () => {
    const { resources, error } = await run(
      "update",
      () =>
        new GpuLaunchTemplate("trainer", {
          instanceType: "p5.48xlarge",
          vpcId: "vpc-0abc",
          readBuckets: ["training-data"],
          writeBuckets: ["checkpoints"],
        }),
    );
    assert.equal(error, undefined);
    role = roleOf(resources, "trainer-host");
  });

  it("reads the training data and writes checkpoints", async () => {
    assert.equal(await decide(role, "s3:GetObject", arn.object("training-data")), "Allowed");
    assert.equal(
      await decide(role, "s3:PutObject", arn.object("checkpoints", "step-100/model.pt")),
      "Allowed",
    );
  });

  it("cannot overwrite the training data", async () => {
    assert.equal(await decide(role, "s3:PutObject", arn.object("training-data")), "ImplicitlyDenied");
  });

  it("has no managed policy but AmazonSSMManagedInstanceCore", () => {
    assert.deepEqual(role.managedPolicyArns, ["arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"]);
  });

  itDeniesTheDangerousActions(() => role, { ownBucket: "training-data" });
});
