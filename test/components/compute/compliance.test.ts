import { strict as assert } from "assert";
import { GpuFleet, GpuLaunchTemplate } from "../../../components/compute";
import { checkWithPack, runRecordingDependencies } from "../bedrock/pack-checks";

const NETWORK = { vpcId: "vpc-0abc", subnetIds: ["subnet-0a", "subnet-0b"] };

/**
 * The compute components with nothing but an instance type and a network, checked by every
 * mandatory and remediate policy of the pack in force at their scope, in preview (computed
 * outputs unknown) and update: nothing to report, nothing left undecided. The fleet is linked to
 * its template through the dependencies the engine sends, so a weakened template is reported on
 * the group too.
 */
for (const mode of ["preview", "update"] as const) {
  describe(`compute compliance (${mode})`, () => {
    for (const instanceType of ["p5.48xlarge", "trn2.48xlarge", "g6e.12xlarge", "inf2.xlarge"]) {
      it(`finds nothing wrong with a GpuLaunchTemplate and a GpuFleet of ${instanceType} at scope 5`, async () => {
        const recorded = await runRecordingDependencies(mode, () => {
          new GpuLaunchTemplate("hosts", { instanceType, vpcId: NETWORK.vpcId });
          new GpuFleet("fleet", { instanceType, ...NETWORK });
        });
        assert.equal(recorded.error, undefined);
        assert.deepEqual(checkWithPack(recorded, 5), { violations: [], undecided: [] });
      });
    }

    for (const scope of [3, 4] as const) {
      it(`finds nothing wrong with an inference GpuFleet at scope ${scope}`, async () => {
        const recorded = await runRecordingDependencies(
          mode,
          () => new GpuFleet("fleet", { scope, instanceType: "g6.xlarge", ...NETWORK }),
        );
        assert.equal(recorded.error, undefined);
        assert.deepEqual(checkWithPack(recorded, scope), { violations: [], undecided: [] });
      });
    }

    it("reports a template stripped of its metadata options on the template and on the fleet", async () => {
      const recorded = await runRecordingDependencies(
        mode,
        () =>
          new GpuFleet(
            "fleet",
            { instanceType: "p5.48xlarge", ...NETWORK },
            {
              transformations: [
                (t) =>
                  t.type === "aws:ec2/launchTemplate:LaunchTemplate"
                    ? { props: { ...t.props, metadataOptions: undefined }, opts: t.opts }
                    : undefined,
              ],
            },
          ),
      );
      assert.deepEqual(checkWithPack(recorded, 5).violations, [
        "autoscaling-accelerated-fleet-hardened: fleet",
        "ec2-accelerated-host-imds-hop-limit: fleet",
        "ec2-accelerated-host-imdsv2-required: fleet",
      ]);
    });
  });
}
