/**
 * Which articles are selected for bulk actions: a set of ids, or "every article matching
 * this query except these" (so selecting all never loads every id). The anchor is where a
 * shift-click range starts.
 */
import type { ListQuery } from '../api';

export type SelectionState =
  | { kind: 'ids'; ids: ReadonlySet<number> }
  | { kind: 'all'; query: ListQuery; except: ReadonlySet<number> };

/** How a row was clicked: Ctrl/Cmd toggles it, Shift extends the range to it. */
export interface ClickMods {
  toggle: boolean;
  extend: boolean;
}

const NONE: SelectionState = { kind: 'ids', ids: new Set() };

export class Selection {
  state = $state.raw<SelectionState>(NONE);
  /** The row a shift-click range extends from. */
  anchor = $state<number | null>(null);

  has(id: number): boolean {
    const s = this.state;
    return s.kind === 'ids' ? s.ids.has(id) : !s.except.has(id);
  }

  /** How many articles are selected; `total` is how many match the query. */
  count(total: number | null): number {
    const s = this.state;
    if (s.kind === 'ids') return s.ids.size;
    return Math.max((total ?? 0) - s.except.size, 0);
  }

  /** More than the one open article is selected (the bar shows then). */
  isMany(total: number | null): boolean {
    return this.state.kind === 'all' || this.count(total) > 1;
  }

  /** A plain click: this row only. */
  only(id: number): void {
    this.state = { kind: 'ids', ids: new Set([id]) };
    this.anchor = id;
  }

  /** Ctrl/Cmd-click: adds or removes one row, keeping the rest. */
  toggle(id: number): void {
    const s = this.state;
    if (s.kind === 'ids') {
      const ids = new Set(s.ids);
      if (!ids.delete(id)) ids.add(id);
      this.state = { kind: 'ids', ids };
    } else {
      const except = new Set(s.except);
      if (!except.delete(id)) except.add(id);
      this.state = { ...s, except };
    }
    this.anchor = id;
  }

  /**
   * Shift-click: selects the rows from the anchor to `id` in `order` (the loaded rows, as
   * shown). Without an anchor it selects `id` alone.
   */
  extendTo(id: number, order: readonly number[]): void {
    const from = this.anchor === null ? -1 : order.indexOf(this.anchor);
    const to = order.indexOf(id);
    if (from < 0 || to < 0) {
      this.only(id);
      return;
    }
    const [lo, hi] = from <= to ? [from, to] : [to, from];
    const range = order.slice(lo, hi + 1);
    const s = this.state;
    if (s.kind === 'all') {
      const except = new Set(s.except);
      range.forEach((r) => except.delete(r));
      this.state = { ...s, except };
    } else {
      this.state = { kind: 'ids', ids: new Set([...s.ids, ...range]) };
    }
  }

  /** Every article that matches `query`, without listing them. */
  all(query: ListQuery): void {
    this.state = { kind: 'all', query, except: new Set() };
  }

  clear(): void {
    this.state = NONE;
    this.anchor = null;
  }
}
