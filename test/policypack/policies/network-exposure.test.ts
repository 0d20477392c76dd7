import * as assert from "node:assert/strict";
import { ecsServiceNoPublicIp as ecsIp } from "../../../policypack/policies/network/ecs-service-no-public-ip";
import { elbLoadBalancerHttpsOnly as https } from "../../../policypack/policies/network/elb-load-balancer-https-only";
import { contextAt, stackResource, UNKNOWN } from "../support";
import { aiGuardrail } from "../fixtures/ai-stack";

const LISTENER = "aws:lb/listener:Listener";
const ALB_LISTENER = "aws:alb/listener:Listener";
const CLASSIC = "aws:elb/loadBalancer:LoadBalancer";
const SERVICE = "aws:ecs/service:Service";
const TASK_SET = "aws:ecs/taskSet:TaskSet";
const ctx = contextAt(1);
const FORWARD = [{ type: "forward", targetGroupArn: UNKNOWN }];

const HTTP_MESSAGE =
  'Listener "chat-http" serves plain HTTP: listen on HTTPS (protocol "HTTPS", port 443, a certificateArn and an sslPolicy such as "ELBSecurityPolicy-TLS13-1-2-2021-06"), and make any port-80 listener a redirect to HTTPS.';

describe("elb-load-balancer-https-only", () => {
  const listener = (props: Record<string, unknown>, name = "chat-http", type = LISTENER) =>
    stackResource(type, name, { loadBalancerArn: UNKNOWN, ...props });

  it("passes an HTTPS listener and a port-80 listener that redirects to HTTPS", () => {
    const resources = [
      aiGuardrail(),
      listener(
        { protocol: "HTTPS", port: 443, certificateArn: UNKNOWN, defaultActions: FORWARD },
        "chat-https",
      ),
      listener({
        protocol: "HTTP",
        port: 80,
        defaultActions: [
          { type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } },
        ],
      }),
    ];
    assert.deepEqual(https.check(resources, ctx), []);
  });

  it("fails an HTTP listener that forwards to the app, with the exact message", () => {
    const l = listener({ protocol: "HTTP", port: 80, defaultActions: FORWARD });
    assert.deepEqual(https.check([aiGuardrail(), l], ctx), [{ urn: l.urn, message: HTTP_MESSAGE }]);
  });

  it("fails a port-80 aws.alb listener with no protocol and no certificate (HTTP by default)", () => {
    const l = listener({ port: 80, defaultActions: FORWARD }, "chat-http", ALB_LISTENER);
    assert.equal(https.check([aiGuardrail(), l], ctx).length, 1);
  });

  it("fails a Classic ELB listener on http", () => {
    const lb = stackResource(CLASSIC, "legacy", {
      listeners: [
        {
          lbProtocol: "https",
          lbPort: 443,
          instancePort: 8080,
          instanceProtocol: "http",
          sslCertificateId: UNKNOWN,
        },
        { lbProtocol: "http", lbPort: 80, instancePort: 8080, instanceProtocol: "http" },
      ],
    });
    assert.deepEqual(
      https.check([aiGuardrail(), lb], ctx).map((v) => v.message),
      [
        'Classic Load Balancer "legacy" listener 1 serves plain HTTP (lbProtocol "http"), which it cannot redirect: use lbProtocol "https" with an sslCertificateId, or move to an Application Load Balancer with an HTTPS listener.',
      ],
    );
  });

  it("leaves stacks without AI resources, and TCP listeners, alone", () => {
    const l = listener({ protocol: "HTTP", port: 80, defaultActions: FORWARD });
    assert.deepEqual(https.check([l], ctx), []);
    assert.deepEqual(https.check([aiGuardrail(), listener({ protocol: "TCP", port: 80 })], ctx), []);
  });

  it("reads a protocol the provider computes during preview as left out", () => {
    assert.deepEqual(https.check([aiGuardrail(), listener({ protocol: UNKNOWN, port: 443 })], ctx), []);
    assert.equal(https.check([aiGuardrail(), listener({ protocol: UNKNOWN, port: 80 })], ctx).length, 1);
  });
});

describe("ecs-service-no-public-ip", () => {
  const service = (networkConfiguration: unknown, name = "llm-app", type = SERVICE) =>
    stackResource(type, name, { cluster: UNKNOWN, networkConfiguration });

  it("passes private tasks, and a service without a network configuration", () => {
    assert.deepEqual(
      ecsIp.check(
        [aiGuardrail(), service({ subnets: [UNKNOWN], assignPublicIp: false }), service(undefined, "ec2")],
        ctx,
      ),
      [],
    );
  });

  it("fails a service and a task set with assignPublicIp: true, naming the AI resource", () => {
    const s = service({ subnets: [UNKNOWN], assignPublicIp: true });
    assert.deepEqual(ecsIp.check([aiGuardrail(), s], ctx), [
      {
        urn: s.urn,
        message:
          '"llm-app" gives every task a public IP address (networkConfiguration.assignPublicIp: true) in a stack with AI resources ("gr", aws:bedrock/guardrail:Guardrail): set assignPublicIp to false, run the tasks in private subnets, and publish them through a load balancer.',
      },
    ]);
    assert.equal(
      ecsIp.check([aiGuardrail(), service({ assignPublicIp: true }, "canary", TASK_SET)], ctx).length,
      1,
    );
  });

  it("leaves stacks without AI resources alone, and reads a computed flag as its default (off)", () => {
    assert.deepEqual(ecsIp.check([service({ assignPublicIp: true })], ctx), []);
    assert.deepEqual(ecsIp.check([aiGuardrail(), service({ assignPublicIp: UNKNOWN })], ctx), []);
  });
});
