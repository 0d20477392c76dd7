import { strict as assert } from "assert";
import fc from "fast-check";
import {
  carveSubnets,
  cidrContains,
  cidrsOverlap,
  formatCidr,
  parseCidr,
  type SubnetPlan,
} from "../../../components/network";

describe("AiNetwork CIDR math", () => {
  it("parses and formats a block unchanged", () => {
    assert.equal(formatCidr(parseCidr("172.16.32.0/20")!), "172.16.32.0/20");
  });

  it("rejects a block whose address is not its network address", () => {
    assert.equal(parseCidr("10.0.0.1/16"), undefined);
  });

  it("rejects octets above 255 and prefixes above 32", () => {
    assert.deepEqual(
      [parseCidr("10.0.256.0/24"), parseCidr("10.0.0.0/33"), parseCidr("10.0.0.0")],
      [undefined, undefined, undefined],
    );
  });

  it("carves the default /16 into a private and a public /18 per AZ, private first", () => {
    assert.deepEqual(carveSubnets("10.0.0.0/16", 2), {
      subnetPrefix: 18,
      privateCidrs: ["10.0.0.0/18", "10.0.64.0/18"],
      publicCidrs: ["10.0.128.0/18", "10.0.192.0/18"],
    });
  });

  it("rounds the slots up to a power of two for three AZs", () => {
    const plan = carveSubnets("10.1.0.0/16", 3) as SubnetPlan;
    assert.equal(plan.subnetPrefix, 19);
    assert.deepEqual(plan.publicCidrs, ["10.1.96.0/19", "10.1.128.0/19", "10.1.160.0/19"]);
  });

  it("says a block is too small when the subnets would be smaller than /28", () => {
    assert.equal(
      carveSubnets("10.0.0.0/27", 2),
      '"10.0.0.0/27" is too small for 2 availability zones: each of the 4 subnets would be a /29, and AWS subnets are at least a /28; use a /26 or larger block',
    );
  });

  it("refuses VPC blocks larger than /16", () => {
    assert.equal(
      carveSubnets("10.0.0.0/8", 2),
      '"10.0.0.0/8" is a /8, and AWS accepts VPC blocks from /16 to /28',
    );
  });

  describe("properties", () => {
    const vpcs = fc
      .record({
        base: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        prefix: fc.integer({ min: 16, max: 28 }),
        azs: fc.integer({ min: 2, max: 6 }),
      })
      .map(({ base, prefix, azs }) => ({
        cidr: formatCidr({ base: base - (base % 2 ** (32 - prefix)), prefix }),
        azs,
      }));

    it("never produces overlapping subnets, and every subnet lies inside the VPC", () => {
      fc.assert(
        fc.property(vpcs, ({ cidr, azs }) => {
          const plan = carveSubnets(cidr, azs);
          if (typeof plan === "string") return true; // too small: reported, not carved
          const vpc = parseCidr(cidr)!;
          const subnets = [...plan.privateCidrs, ...plan.publicCidrs].map((s) => parseCidr(s)!);
          subnets.forEach((s) => assert.ok(cidrContains(vpc, s), `${formatCidr(s)} outside ${cidr}`));
          subnets.forEach((a, i) =>
            subnets
              .slice(i + 1)
              .forEach((b) => assert.ok(!cidrsOverlap(a, b), `${formatCidr(a)} overlaps ${formatCidr(b)}`)),
          );
          return true;
        }),
      );
    });

    it("gives every AZ one private and one public subnet of at least /28 whenever it carves", () => {
      fc.assert(
        fc.property(vpcs, ({ cidr, azs }) => {
          const plan = carveSubnets(cidr, azs);
          return (
            typeof plan === "string" ||
            (plan.privateCidrs.length === azs && plan.publicCidrs.length === azs && plan.subnetPrefix <= 28)
          );
        }),
      );
    });

    it("carves every /16 to /24 for up to 6 AZs", () => {
      fc.assert(
        fc.property(
          vpcs.filter((v) => parseCidr(v.cidr)!.prefix <= 24),
          ({ cidr, azs }) => typeof carveSubnets(cidr, azs) !== "string",
        ),
      );
    });
  });
});
