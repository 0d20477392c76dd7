import { strict as assert } from "assert";
import { AiNetwork } from "../../../components/network";
import { arn, decide, itDeniesTheDangerousActions, roleOf, type SimulatedRole } from "../iam-simulation";
import { run } from "../support";

/** The flow logs' delivery role, simulated: it writes to its own log group and does nothing else. */
describe("AiNetwork flow-log role (simulated with iam-simulate)", () => {
  let role: SimulatedRole;
  let group: string;
  before(async () => {
    const { resources, error } = await run("update", () => new AiNetwork("net", {}));
    assert.equal(error, undefined);
    role = roleOf(resources, "net-flow-logs");
    group = resources.find((r) => r.type === "aws:cloudwatch/logGroup:LogGroup")?.state.name;
  });

  it("writes flow log records to its log group", async () => {
    assert.equal(await decide(role, "logs:CreateLogStream", arn.logStream(group)), "Allowed");
    assert.equal(await decide(role, "logs:PutLogEvents", arn.logStream(group)), "Allowed");
  });

  it("cannot write to another log group, or delete its own", async () => {
    assert.equal(await decide(role, "logs:PutLogEvents", arn.logStream("/ai/prompts")), "ImplicitlyDenied");
    assert.equal(
      await decide(role, "logs:DeleteLogGroup", arn.logStream(group).replace(/:log-stream:.*$/, "")),
      "ImplicitlyDenied",
    );
  });

  itDeniesTheDangerousActions(() => role);
});
