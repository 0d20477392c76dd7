import { componentProviderHost } from "@pulumi/pulumi/provider/experimental";
import { PROVIDED_COMPONENTS } from "./components";

// The provider of the scopeguard components for Python, Go, .NET, Java and YAML programs. The
// Pulumi CLI runs this folder as a plugin (PulumiPlugin.yaml); the host prints its port and serves
// the schema, derived from the components' TypeScript source, and Construct.
void componentProviderHost({ name: "scopeguard", components: PROVIDED_COMPONENTS, dirname: __dirname });
