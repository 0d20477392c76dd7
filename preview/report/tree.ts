import type { RecordedResource } from "../engine/types";
import { displayType } from "./display";
import { PulumiType } from "../../policypack/vocabulary";

/** One resource and its children, in registration order. */
export interface TreeNode {
  readonly resource: RecordedResource;
  readonly children: TreeNode[];
}

/** The resource tree: the Stack's subtree, then everything without a recorded parent. */
export interface ResourceTree {
  /** Roots in registration order, the Stack first when there is one. */
  readonly roots: readonly TreeNode[];
  /**
   * Parentless resources other than the Stack (default providers, and anything whose parent was
   * not recorded), listed after the tree as `pulumi preview` keeps them out of it.
   */
  readonly detached: readonly RecordedResource[];
}

/**
 * Builds the parent/child tree from `RecordedResource.parent`. A resource whose parent URN was not
 * recorded, or that sits in a parent cycle, is listed with the detached resources rather than lost.
 */
export function buildResourceTree(resources: readonly RecordedResource[]): ResourceTree {
  const nodes = new Map<string, TreeNode>();
  for (const resource of resources) {
    if (!nodes.has(resource.urn)) {
      nodes.set(resource.urn, { resource, children: [] });
    }
  }
  const roots: TreeNode[] = [];
  const detached: RecordedResource[] = [];
  for (const node of nodes.values()) {
    const parentUrn = node.resource.parent;
    const parent = parentUrn === undefined ? undefined : nodes.get(parentUrn);
    if (parent !== undefined && parent !== node) {
      parent.children.push(node);
    } else if (node.resource.type === PulumiType.Stack) {
      roots.push(node);
    } else {
      detached.push(node.resource);
    }
  }
  // Resources caught in a parent cycle are reachable from no root: list them as detached.
  const reached = new Set<TreeNode>();
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop()!;
    reached.add(node);
    stack.push(...node.children);
  }
  const detachedSet = new Set(detached);
  for (const node of nodes.values()) {
    if (!reached.has(node) && !detachedSet.has(node.resource)) {
      const parent = node.resource.parent === undefined ? undefined : nodes.get(node.resource.parent);
      if (parent !== undefined && !reached.has(parent)) {
        parent.children.splice(parent.children.indexOf(node), 1);
      }
      detached.push(node.resource);
    }
  }
  return { roots, detached };
}

/** One printed row of the tree: the indented type and the name. */
export interface TreeRow {
  readonly prefix: string;
  readonly type: string;
  readonly name: string;
  readonly resource: RecordedResource;
}

/**
 * Flattens the tree into rows with box-drawing prefixes like `pulumi preview` (`├─ `, `└─ `,
 * `│  `), types shown with {@link displayType}. Detached resources follow, unindented.
 */
export function treeRows(tree: ResourceTree): TreeRow[] {
  const rows: TreeRow[] = [];
  const visit = (node: TreeNode, indent: string, branch: string) => {
    rows.push({
      prefix: branch,
      type: displayType(node.resource.type),
      name: node.resource.name,
      resource: node.resource,
    });
    node.children.forEach((child, i) => {
      const last = i === node.children.length - 1;
      visit(child, indent + (last ? "   " : "│  "), indent + (last ? "└─ " : "├─ "));
    });
  };
  for (const root of tree.roots) {
    visit(root, "", "");
  }
  for (const resource of tree.detached) {
    rows.push({ prefix: "", type: displayType(resource.type), name: resource.name, resource });
  }
  return rows;
}

/**
 * The tree cut down to the resources in `keep` and their ancestors, in the same order; detached
 * resources stay only when kept themselves.
 */
export function pruneTree(tree: ResourceTree, keep: ReadonlySet<string>): ResourceTree {
  const prune = (node: TreeNode): TreeNode | undefined => {
    const children = node.children.map(prune).filter((c): c is TreeNode => c !== undefined);
    return children.length > 0 || keep.has(node.resource.urn)
      ? { resource: node.resource, children }
      : undefined;
  };
  return {
    roots: tree.roots.map(prune).filter((n): n is TreeNode => n !== undefined),
    detached: tree.detached.filter((r) => keep.has(r.urn)),
  };
}
