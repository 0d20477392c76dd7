/**
 * The subnet layout `awsx.ec2.Vpc` computes, reproduced from pulumi-awsx (awsx/ec2/
 * subnetDistributorLegacy.ts, subnetDistributorNew.ts, subnetNaming.ts) so that the offline
 * engine registers the same subnets, with the same names and CIDR blocks, as the real component.
 *
 * - `subnetStrategy` defaults to "Legacy" (vpc.ts `args.subnetStrategy ?? "Legacy"`); "Auto" and
 *   "AutoMerge" use the new allocator; specs with `cidrBlocks` use them as given ("Exact").
 * - Without `subnetSpecs`, every AZ gets a Private and a Public subnet.
 * - Resource names are index-based, `${vpc}-${spec.name ?? type.toLowerCase()}-${azNumber}`,
 *   whatever `subnetNameTagStrategy` says (it only changes the Name tag).
 */

/** One subnet spec as the Vpc receives it (the part the layout depends on). */
export interface SubnetSpecInput {
  readonly type: string;
  readonly name?: string;
  readonly cidrMask?: number;
  readonly size?: number;
  readonly cidrBlocks?: string[];
  readonly tags?: Record<string, unknown>;
}

/** One subnet the Vpc creates. */
export interface PlannedSubnet {
  readonly type: "Public" | "Private" | "Isolated";
  readonly azName: string;
  /** 0-based AZ index. */
  readonly azIndex: number;
  readonly cidrBlock: string;
  readonly resourceName: string;
  readonly nameTag: string;
  readonly tags?: Record<string, unknown>;
}

interface Block {
  readonly base: number;
  readonly mask: number;
}

const size = (mask: number): number => 2 ** (32 - mask);
const parse = (cidr: string): Block => {
  const [ip, mask] = cidr.split("/");
  const base = ip.split(".").reduce((acc, o) => acc * 256 + (parseInt(o, 10) || 0), 0);
  return { base, mask: Number(mask) };
};
const ipOf = (n: number): string => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join(".");
const show = (b: Block): string => `${ipOf(b.base)}/${b.mask}`;
/** The network start of `addr` in a block of `mask` bits. */
const align = (addr: number, mask: number): number => addr - (addr % size(mask));
const first = (b: Block): number => align(b.base, b.mask);
const last = (b: Block): number => first(b) + size(b.mask) - 1;
const overlaps = (a: Block, b: Block): boolean => first(a) <= last(b) && first(b) <= last(a);
/** `cidrSubnetV4`: the netNum-th block of `mask + newBits` bits from the block's given address. */
const subnetOf = (b: Block, newBits: number, netNum: number): Block => ({
  base: b.base + size(b.mask + newBits) * netNum,
  mask: b.mask + newBits,
});
/** `nextBlock` / `nextNetmask`: the first block of `mask` bits after `prev`. */
const nextBlock = (prev: Block, mask: number): Block => ({
  base: align(last(prev), mask) + size(mask),
  mask,
});
const nextPow2 = (n: number): number => (n <= 1 ? 1 : 2 ** Math.ceil(Math.log2(n)));
const newBits = (count: number): number => (count === 0 ? 0 : Math.ceil(Math.log2(count)));

const typeOf = (t: string): PlannedSubnet["type"] => {
  const l = t.toLowerCase();
  return l === "public" ? "Public" : l === "isolated" ? "Isolated" : "Private";
};

/** subnetNaming.ts: `resourceName` is always index-based; `nameTag` follows the strategy. */
function names(vpc: string, spec: SubnetSpecInput, azIndex: number, azName: string, tagStrategy: string) {
  const specName = spec.name ?? spec.type.toLowerCase();
  const suffix =
    tagStrategy === "AvailabilityZone" ? azName.replace(/^[a-z]{2}(?:-[a-z]+)+-/, "") : `${azIndex + 1}`;
  return { resourceName: `${vpc}-${specName}-${azIndex + 1}`, nameTag: `${vpc}-${specName}-${suffix}` };
}

/** subnetDistributorLegacy.ts `getSubnetSpecsLegacy`. */
function legacy(vpcCidr: Block, azCount: number, specs: SubnetSpecInput[] | undefined): Block[][] {
  const bitsPerAz = Math.log2(nextPow2(azCount));
  const azBases = Array.from({ length: azCount }, (_, i) => subnetOf(vpcCidr, bitsPerAz, i));
  if (specs === undefined) {
    // generateDefaultSubnets: private = first half of the AZ block, public = first half of the next.
    return azBases.map((az) => {
      const priv = subnetOf(az, 1, 0);
      return [priv, subnetOf(subnetOf(priv, 0, 1), 1, 0)];
    });
  }
  const perSubnet = specs.length === 1 ? 0 : 1;
  const floor: Record<string, number> = { Private: 19, Public: 20, Isolated: 24 };
  return azBases.map((az) => {
    const out = new Map<SubnetSpecInput, Block>();
    let current: Block = { base: first(az) - 1, mask: 32 };
    let lastOfType: Block | undefined;
    for (const type of ["Private", "Public", "Isolated"] as const) {
      const ofType = specs.filter((s) => typeOf(s.type) === type);
      const base = lastOfType ?? az;
      const split = lastOfType ? subnetOf(lastOfType, 0, 1) : az;
      ofType.forEach((spec, j) => {
        const mask = spec.cidrMask ?? Math.max(az.mask + perSubnet, floor[type]);
        let next = subnetOf(split, mask - base.mask, j);
        if (overlaps(current, next)) next = nextBlock(current, mask);
        out.set(spec, next);
        current = next;
      });
      if (ofType.length > 0) lastOfType = current;
    }
    return specs.map((s) => out.get(s)!);
  });
}

/** subnetDistributorNew.ts `allocateSubnetCidrBlocks` (subnetStrategy "Auto"). */
function auto(
  vpcCidr: Block,
  azCount: number,
  specs: SubnetSpecInput[] | undefined,
  azCidrMask: number | undefined,
): Block[][] {
  const azMask = azCidrMask ?? vpcCidr.mask + newBits(azCount);
  // defaultSubnetInputs: Private one bit smaller than the AZ block (within the first /16), Public two.
  const used = specs ?? [
    { type: "Private", cidrMask: Math.max(azMask, 16) + 1 },
    { type: "Public", cidrMask: Math.max(azMask, 16) + 2 },
  ];
  const defaultMask = azMask + newBits(used.length);
  let az: Block = { base: first(vpcCidr), mask: azMask };
  const out: Block[][] = [];
  for (let i = 0; i < azCount; i++) {
    let current: Block | undefined;
    const row: Block[] = [];
    for (const spec of used) {
      const mask = spec.cidrMask ?? defaultMask;
      current = current === undefined ? { base: az.base, mask } : nextBlock(current, mask);
      row.push(current);
    }
    out.push(row);
    az = { base: az.base + size(azMask), mask: azMask };
  }
  return out;
}

/** awsx's validSubnetSizes: a `size` stands for the mask whose block has that many addresses. */
const maskOfSize = (s: number | undefined): number | undefined =>
  s === undefined ? undefined : 32 - Math.round(Math.log2(s));

/**
 * The subnets of a Vpc, in the order awsx creates them: AZ by AZ, public first, then private,
 * then isolated (vpc.ts `compareSubnetSpecs`); "Unused" specs take address space but create nothing.
 */
export function planSubnets(args: {
  readonly vpcName: string;
  readonly cidrBlock: string;
  readonly azNames: readonly string[];
  readonly subnetSpecs?: SubnetSpecInput[];
  readonly subnetStrategy?: string;
  readonly nameTagStrategy?: string;
  readonly availabilityZoneCidrMask?: number;
}): PlannedSubnet[] {
  const strategy = args.subnetStrategy ?? "Legacy";
  const vpcCidr = parse(args.cidrBlock);
  const raw: SubnetSpecInput[] | undefined = args.subnetSpecs?.map((s) => ({
    ...s,
    cidrMask: s.cidrMask ?? maskOfSize(s.size),
  }));
  let specs: SubnetSpecInput[] | undefined = raw;
  if (strategy === "AutoMerge") {
    // mergeWithDefaultSubnetSpecs: unnamed specs override the default of their type; others are added.
    const user = raw ?? [];
    const byType = (t: string) => user.find((s) => s.name === undefined && typeOf(s.type) === t);
    specs = [
      { type: "Private", ...byType("Private") },
      { type: "Public", ...byType("Public") },
      ...user.filter((s) => !(s.name === undefined && ["Private", "Public"].includes(typeOf(s.type)))),
    ];
  }
  const explicit = specs?.some((s) => Array.isArray(s.cidrBlocks)) && strategy !== "Legacy";
  const layout: Block[][] = explicit
    ? args.azNames.map((_, i) => specs!.map((s) => parse(String(s.cidrBlocks?.[i] ?? "0.0.0.0/32"))))
    : strategy === "Legacy"
      ? legacy(vpcCidr, args.azNames.length, specs)
      : auto(vpcCidr, args.azNames.length, specs, args.availabilityZoneCidrMask);
  const used: SubnetSpecInput[] = specs ?? [{ type: "Private" }, { type: "Public" }];
  const rank = { Public: 0, Private: 1, Isolated: 2 };
  const out: PlannedSubnet[] = [];
  args.azNames.forEach((azName, azIndex) => {
    const inAz = used
      .map((spec, k) => ({ spec, block: layout[azIndex][k] }))
      .filter(({ spec }) => spec.type.toLowerCase() !== "unused")
      .sort((a, b) => rank[typeOf(a.spec.type)] - rank[typeOf(b.spec.type)]);
    for (const { spec, block } of inAz) {
      out.push({
        type: typeOf(spec.type),
        azName,
        azIndex,
        cidrBlock: show(block),
        ...names(args.vpcName, spec, azIndex, azName, args.nameTagStrategy ?? "Legacy"),
        ...(spec.tags ? { tags: spec.tags } : {}),
      });
    }
  });
  return out;
}
