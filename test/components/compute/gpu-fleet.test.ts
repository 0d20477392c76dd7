import { strict as assert } from "assert";
import { GpuFleet, type GpuFleetArgs } from "../../../components/compute";
import { only, resourceErrorMessage, run, type Registered } from "../support";
import { at } from "../../readers";

const T = {
  component: "scopeguard:compute:GpuFleet",
  group: "aws:autoscaling/group:Group",
  template: "aws:ec2/launchTemplate:LaunchTemplate",
};
const BASE: GpuFleetArgs = {
  instanceType: "g6.12xlarge",
  vpcId: "vpc-0abc",
  subnetIds: ["subnet-0a", "subnet-0b"],
};

async function fleet(args: Partial<GpuFleetArgs> = {}): Promise<Registered[]> {
  const { resources, error } = await run("update", () => new GpuFleet("inference", { ...BASE, ...args }));
  assert.equal(error, undefined);
  return resources;
}

async function rejection(args: GpuFleetArgs): Promise<string> {
  const { resources, error } = await run("preview", () => new GpuFleet("inference", args));
  assert.deepEqual(
    resources.map((r) => r.type),
    [T.component],
  );
  return resourceErrorMessage(error);
}

const groupOf = async (args: Partial<GpuFleetArgs> = {}) => only(await fleet(args), T.group).inputs;

describe("GpuFleet", () => {
  it("launches in the given subnets from the latest version of the hardened template it creates", async () => {
    const resources = await fleet();
    const group = only(resources, T.group).inputs;
    const template = only(resources, T.template).state;
    assert.deepEqual(group.vpcZoneIdentifiers, ["subnet-0a", "subnet-0b"]);
    assert.match(group.launchTemplate.id, /^lt-[0-9a-f]+$/);
    assert.equal(group.launchTemplate.version, String(template.latestVersion));
  });

  it("keeps no host running by default, and launches at most one", async () => {
    const group = await groupOf();
    assert.deepEqual([group.minSize, group.maxSize, group.desiredCapacity], [0, 1, undefined]);
  });

  it("raises the default maximum to a larger minimum", async () => {
    const group = await groupOf({ minSize: 3 });
    assert.deepEqual([group.minSize, group.maxSize], [3, 3]);
  });

  it("takes the given sizes", async () => {
    const group = await groupOf({ minSize: 1, maxSize: 8, desiredCapacity: 2 });
    assert.deepEqual([group.minSize, group.maxSize, group.desiredCapacity], [1, 8, 2]);
  });

  it("rolls a template change through the running hosts", async () => {
    assert.deepEqual((await groupOf()).instanceRefresh, {
      strategy: "Rolling",
      preferences: { minHealthyPercentage: 50 },
    });
  });

  it("labels the group, leaving the hosts' tags to the template", async () => {
    const tags = (await groupOf()).tags;
    assert.deepEqual(
      tags.find((t: unknown) => at(t, "key") === "ai-scope"),
      { key: "ai-scope", value: "5", propagateAtLaunch: false },
    );
  });

  describe("rejects, before creating anything,", () => {
    const cases: [string, GpuFleetArgs, string][] = [
      [
        "a fleet without subnets",
        { instanceType: "g6.xlarge", vpcId: "vpc-0abc" } as GpuFleetArgs,
        "subnetIds is required: the private subnets (one per AZ) the hosts launch in.",
      ],
      [
        "an empty list of subnets",
        { ...BASE, subnetIds: [] },
        "subnetIds is empty; list the private subnets (one per AZ) the hosts launch in.",
      ],
      [
        "a size that is not a whole number",
        { ...BASE, maxSize: 2.5 },
        "maxSize must be a whole number of instances from 0 to 1000 (got 2.5).",
      ],
      [
        "a fleet that could never launch a host",
        { ...BASE, maxSize: 0 },
        "maxSize is 0, so the fleet could never launch a host; set maxSize to 1 or more.",
      ],
      [
        "a minimum above the maximum",
        { ...BASE, minSize: 4, maxSize: 2 },
        "minSize 4 is larger than maxSize 2; set minSize <= maxSize.",
      ],
      [
        "a desired capacity outside the bounds",
        { ...BASE, maxSize: 2, desiredCapacity: 3 },
        "desiredCapacity 3 is outside minSize 0 to maxSize 2; set it between them, or leave it unset.",
      ],
      [
        "a launch-template argument, under the fleet's name",
        { ...BASE, instanceType: "c7i.large" },
        'instanceType "c7i.large" is not a GPU or accelerator instance type; use one of the families p, g, gr, trn, inf, dl (such as "g6.xlarge", "p5.48xlarge" or "trn1.32xlarge"), or build a general-purpose host without this component.',
      ],
    ];
    for (const [what, args, message] of cases) {
      it(what, async () => {
        assert.equal(await rejection(args), `GpuFleet "inference": ${message}`);
      });
    }
  });
});
