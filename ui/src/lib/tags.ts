/** Tags: their colours (checked, never trusted as CSS) and the tag tree built from paths. Pure. */

const HEX = /^#[0-9a-f]{6}$/i;

/** A tag's colour as safe CSS: `#rrggbb` or a neutral grey. */
export function tagColour(colour: string | null | undefined): string {
  return colour && HEX.test(colour) ? colour : 'var(--faint)';
}

export interface TagNode {
  /** The full path, `Balkans/Kosovo`. */
  path: string;
  /** The last part, `Kosovo`. */
  name: string;
  count: number;
  depth: number;
  children: TagNode[];
}

/**
 * Builds the tag tree from facet values (`path` → count). A parent that has no count of its
 * own still appears, with the largest count of its children.
 */
export function tagTree(values: ReadonlyArray<{ value: string; count: number }>): TagNode[] {
  const roots: TagNode[] = [];
  const byPath = new Map<string, TagNode>();
  const sorted = [...values].sort((a, b) => a.value.localeCompare(b.value));
  for (const { value, count } of sorted) {
    const parts = value.split('/').filter((p) => p.length > 0);
    let siblings = roots;
    let path = '';
    parts.forEach((name, depth) => {
      path = path ? `${path}/${name}` : name;
      let node = byPath.get(path);
      if (!node) {
        node = { path, name, count: 0, depth, children: [] };
        byPath.set(path, node);
        siblings.push(node);
      }
      if (depth === parts.length - 1) node.count = count;
      siblings = node.children;
    });
  }
  const fill = (node: TagNode): number => {
    const most = Math.max(0, ...node.children.map(fill));
    if (node.count === 0) node.count = most;
    return node.count;
  };
  roots.forEach(fill);
  return roots;
}

/** The tree as rows in display order, skipping the children of collapsed paths. */
export function visibleTags(roots: readonly TagNode[], collapsed: ReadonlySet<string>): TagNode[] {
  const out: TagNode[] = [];
  const walk = (nodes: readonly TagNode[]): void => {
    for (const node of nodes) {
      out.push(node);
      if (!collapsed.has(node.path)) walk(node.children);
    }
  };
  walk(roots);
  return out;
}
