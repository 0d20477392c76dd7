import { gunzipSync } from "node:zlib";
import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { describeFinding, findKeysInText } from "../../framework/secret-values";
import { EC2_INSTANCE_TYPE, EC2_LAUNCH_TEMPLATE_TYPE, PLAINTEXT_KEY_MAPPINGS } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** The user-data properties of each type, and whether AWS expects them base64-encoded. */
const USER_DATA: Readonly<
  Record<string, readonly { readonly property: string; readonly base64: boolean }[]>
> = {
  [EC2_INSTANCE_TYPE]: [
    { property: "userData", base64: false },
    { property: "userDataBase64", base64: true },
  ],
  [EC2_LAUNCH_TEMPLATE_TYPE]: [{ property: "userData", base64: true }],
};

const BASE64 = /^[A-Za-z0-9+/\r\n]+={0,2}\s*$/;

/**
 * The text a script decodes to: base64 (always for launch templates; tried for plain user data that
 * looks encoded) and gzip (cloud-init accepts compressed user data). Returns every readable form.
 */
export function userDataTexts(raw: string, base64: boolean): string[] {
  const texts = base64 ? [] : [raw];
  if (base64 || (raw.length >= 16 && BASE64.test(raw))) {
    const bytes = Buffer.from(raw, "base64");
    let decoded = bytes;
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
      try {
        decoded = gunzipSync(bytes);
      } catch {
        decoded = bytes;
      }
    }
    texts.push(decoded.toString("utf8"));
  }
  return texts;
}

/** Pure check: user data passes no API key or AWS credential to the instance in clear text. */
export function checkUserData(resource: ResourceUnderCheck): string[] {
  const messages: string[] = [];
  for (const { property, base64 } of USER_DATA[resource.type] ?? []) {
    // Read directly: user data templated with values unknown in preview may hold anything.
    const raw: unknown = resource.props[property];
    if (typeof raw !== "string" || raw === "") {
      continue;
    }
    const seen = new Set<string>();
    for (const finding of userDataTexts(raw, base64).flatMap(findKeysInText)) {
      const where = finding.name ? `User data entry ${finding.name}` : "User data";
      const message = `${describeFinding(where, finding)}: fetch the key at boot from Secrets Manager with the instance role (aws secretsmanager get-secret-value) instead of writing it into ${property}.`;
      if (!seen.has(message)) {
        seen.add(message);
        messages.push(message);
      }
    }
  }
  return messages;
}

export const ec2UserDataNoPlaintextKeys: ResourcePolicyDefinition = {
  kind: "resource",
  name: "ec2-user-data-no-plaintext-keys",
  description:
    "EC2 instance and launch template user data (plain, base64 or gzip) holds no AI provider API keys, tokens or AWS credentials.",
  rationale:
    "User data is readable by anyone with ec2:DescribeInstanceAttribute and by every process on the instance through the metadata service; keys put there for a model server or a training job leak with the first SSRF.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove the key from `userData`/`userDataBase64`; give the instance profile's role secretsmanager:GetSecretValue on the secret and fetch it at boot (or from the application), and rotate the exposed key.",
  minScope: CONTROL_SCOPES.providerKeySecrets,
  services: ["ec2", "secretsmanager"],
  resourceTypes: [EC2_INSTANCE_TYPE, EC2_LAUNCH_TEMPLATE_TYPE],
  mappings: PLAINTEXT_KEY_MAPPINGS,
  check: (resource) => checkUserData(resource),
};
