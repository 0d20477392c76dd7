import { deferPulumiIndex } from "./deferred-pulumi-index";

// Imported first by the pack's entry, so it runs before anything loads @pulumi/policy.
deferPulumiIndex();
