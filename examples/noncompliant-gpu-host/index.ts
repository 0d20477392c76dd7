import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

// An LLM server on a public EC2 GPU host, written the way such stacks often are. The GPU host itself
// is hardened (IMDSv2, an encrypted volume, no public IP requested, no SSH key): the mistakes are
// around it, so each expected violation (README.md) maps onto one resource. The stack declares
// scope 3: it serves a pre-trained, open-weight model.

// An existing VPC, AMI and instance profile, by id.
const VPC = "vpc-0a1b2c3d4e5f60718";
const PRIVATE_SUBNET = "subnet-0f1e2d3c4b5a69788";
const AMI = "ami-0a1b2c3d4e5f60718";
const PROFILE = "llm-server";

// The subnet the program adds for the server hands every instance a public address.
const publicSubnet = new aws.ec2.Subnet("public-a", {
  vpcId: VPC,
  cidrBlock: "10.0.10.0/24",
  availabilityZone: "us-east-1a",
  mapPublicIpOnLaunch: true,
});

const lbSecurityGroup = new aws.ec2.SecurityGroup("lb", {
  vpcId: VPC,
  description: "chat load balancer",
  ingress: [{ protocol: "tcp", fromPort: 80, toPort: 80, cidrBlocks: ["0.0.0.0/0"] }],
  egress: [{ protocol: "tcp", fromPort: 8000, toPort: 8000, cidrBlocks: ["10.0.0.0/16"] }],
});
const serverSecurityGroup = new aws.ec2.SecurityGroup("llm-server", {
  vpcId: VPC,
  description: "vLLM server, reachable from the load balancer only",
  ingress: [{ protocol: "tcp", fromPort: 8000, toPort: 8000, securityGroups: [lbSecurityGroup.id] }],
  egress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }],
});

// 1. ec2-host-subnet-no-public-ip: the GPU host asks for no public address, but its subnet gives it one.
const server = new aws.ec2.Instance("llm-server", {
  ami: AMI,
  instanceType: "g5.2xlarge",
  subnetId: publicSubnet.id,
  vpcSecurityGroupIds: [serverSecurityGroup.id],
  iamInstanceProfile: PROFILE,
  metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 },
  rootBlockDevice: { encrypted: true, volumeSize: 200 },
  userData:
    "#!/bin/bash\ndocker run -d --gpus all -p 8000:8000 vllm/vllm-openai:v0.6.3 --model mistralai/Mistral-7B-Instruct-v0.3\n",
});

// 2. ec2-ai-stack-imdsv2-required: the document-ingestion worker next to it still answers IMDSv1.
new aws.ec2.Instance("ingest-worker", {
  ami: AMI,
  instanceType: "m7i.large",
  subnetId: PRIVATE_SUBNET,
  vpcSecurityGroupIds: [serverSecurityGroup.id],
  iamInstanceProfile: PROFILE,
  rootBlockDevice: { encrypted: true },
});

// 3. elb-load-balancer-https-only: the chat API is published over plain HTTP.
const lb = new aws.lb.LoadBalancer("chat", {
  loadBalancerType: "application",
  subnets: [publicSubnet.id, "subnet-0b1c2d3e4f5a60718"],
  securityGroups: [lbSecurityGroup.id],
});
const targets = new aws.lb.TargetGroup("llm-server", {
  port: 8000,
  protocol: "HTTP",
  vpcId: VPC,
  targetType: "instance",
});
new aws.lb.TargetGroupAttachment("llm-server", {
  targetGroupArn: targets.arn,
  targetId: server.id,
  port: 8000,
});
new aws.lb.Listener("chat-http", {
  loadBalancerArn: lb.arn,
  port: 80,
  protocol: "HTTP",
  defaultActions: [{ type: "forward", targetGroupArn: targets.arn }],
});

// 4. ecs-service-no-public-ip: the chat front end's Fargate tasks each get a public address.
const cluster = new aws.ecs.Cluster("chat");
const ui = new aws.ecs.TaskDefinition("chat-ui", {
  family: "chat-ui",
  requiresCompatibilities: ["FARGATE"],
  networkMode: "awsvpc",
  cpu: "512",
  memory: "1024",
  executionRoleArn: "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
  containerDefinitions: pulumi.jsonStringify([
    {
      name: "ui",
      image: "ghcr.io/open-webui/open-webui:v0.3.35",
      essential: true,
      portMappings: [{ containerPort: 8080 }],
      environment: [{ name: "OPENAI_API_BASE_URL", value: "http://chat.internal.example.com/v1" }],
    },
  ]),
});
new aws.ecs.Service("chat-ui", {
  cluster: cluster.arn,
  taskDefinition: ui.arn,
  desiredCount: 1,
  launchType: "FARGATE",
  networkConfiguration: {
    subnets: [publicSubnet.id],
    securityGroups: [lbSecurityGroup.id],
    assignPublicIp: true,
  },
});

// 5. api-cors-no-wildcard-origin: a signed model API that any web page may call from a browser.
const proxy = new aws.lambda.Function("completion-proxy", {
  runtime: "nodejs20.x",
  handler: "index.handler",
  role: "arn:aws:iam::123456789012:role/completion-proxy",
  code: new pulumi.asset.AssetArchive({
    "index.js": new pulumi.asset.StringAsset(
      "exports.handler = async (e) => fetch(process.env.MODEL_URL, { method: 'POST', body: e.body }).then((r) => r.text());",
    ),
  }),
  environment: { variables: { MODEL_URL: pulumi.interpolate`http://${lb.dnsName}/v1/completions` } },
  timeout: 60,
});
new aws.lambda.FunctionUrl("completion-api", {
  functionName: proxy.name,
  authorizationType: "AWS_IAM",
  cors: { allowOrigins: ["*"], allowMethods: ["POST"] },
});

export const chatUrl = pulumi.interpolate`http://${lb.dnsName}`;
