import { componentProviderHost, getPulumiComponents } from "@pulumi/pulumi/provider/experimental";
import * as scopeguard from "../index";

// The provider of the scopeguard components for Python, Go, .NET, Java and YAML programs. The
// Pulumi CLI runs this folder as a plugin (PulumiPlugin.yaml); the host prints its port and serves
// the schema, derived from the components' TypeScript source, and Construct. It offers every public
// component (the package's barrel exports).
void componentProviderHost({
  name: "scopeguard",
  components: getPulumiComponents(scopeguard),
  dirname: __dirname,
});
