import { getPulumiComponents } from "@pulumi/pulumi/provider/experimental";
import * as scopeguard from "../index";

/**
 * Public components that the provider does not offer to other languages, each with the reason: the
 * component provider host builds its schema from the TypeScript types of the arguments and
 * outputs, and cannot describe these.
 */
export const NOT_PROVIDED: Readonly<Record<string, string>> = {
  InferenceApi:
    "its authorizer argument is a union of two shapes (IAM or Cognito), which the schema analysis cannot describe",
};

/** The public components (the package's barrel exports) that the provider offers. */
export const PROVIDED_COMPONENTS = getPulumiComponents(scopeguard).filter((c) => !(c.name in NOT_PROVIDED));
