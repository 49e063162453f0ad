/**
 * The list's query as data: toggling filter values, the active-filter chips, date bounds and
 * a stable key to compare queries. Pure; no DOM, no backend.
 */
import type { FacetValue, Facets, Filter, ListQuery, SortOrder } from '../api';
import { canonicalLanguage, languageLabel, sectionPathLabel } from './format';

/** The filter fields that hold a list of values (any of them matches; tags: all). */
export type ListField = 'tags' | 'sites' | 'sections' | 'genres' | 'languages';
export type DateField = 'published_from' | 'published_to' | 'captured_from' | 'captured_to';

export const SORTS: ReadonlyArray<{ value: SortOrder; label: string }> = [
  { value: 'relevance', label: 'Relevance' },
  { value: 'captured', label: 'Captured' },
  { value: 'published', label: 'Published' },
  { value: 'title', label: 'Title' },
  { value: 'site', label: 'Site' },
];

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, the forms the backend takes for date bounds. */
const DATE_BOUND = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function isDateBound(text: string): boolean {
  return DATE_BOUND.test(text);
}

/** A copy of `filter` with `patch` applied; fields patched to undefined are left out. */
export function patchFilter(filter: Filter, patch: Partial<Filter>): Filter {
  const next: Filter = { ...filter, ...patch };
  for (const key of Object.keys(next) as Array<keyof Filter>) {
    if (next[key] === undefined) delete next[key];
  }
  return next;
}

/** A published year is "chosen" when both bounds are that year. */
export function chosenYear(filter: Filter): string | null {
  const from = filter.published_from;
  return from && from.length === 4 && filter.published_to === from ? from : null;
}

/** Chooses the year `year` (or clears it when it is already chosen). */
export function toggleYear(filter: Filter, year: string): Filter {
  const same = chosenYear(filter) === year;
  return patchFilter(filter, { published_from: same ? undefined : year, published_to: same ? undefined : year });
}

/** Whether the query asks for anything but the whole library (the sort does not count). */
export function isFiltered(query: ListQuery): boolean {
  return query.search.trim() !== '' || filterChips(query.filter).length > 0;
}

/** A string that is equal for equal queries (field order does not matter). */
export function queryKey(query: ListQuery, { withSort = true } = {}): string {
  const f = query.filter;
  const sorted = Object.keys(f)
    .sort()
    .map((k) => [k, f[k as keyof Filter]]);
  return JSON.stringify([query.search.trim(), sorted, withSort ? query.sort : null]);
}

/** One active filter, shown as a removable chip above the list. */
export interface Chip {
  key: string;
  label: string;
  /** The filter without this chip. */
  remove: (filter: Filter) => Filter;
}

const LIST_LABELS: Record<ListField, string> = {
  tags: 'Tag',
  sites: 'Site',
  sections: 'Section',
  genres: 'Genre',
  languages: 'Language',
};

/** How a list filter's value reads: a section path with arrows, a language by its name. */
export function valueLabel(field: ListField, value: string): string {
  if (field === 'sections') return sectionPathLabel(value);
  if (field === 'languages') return languageLabel(value);
  return value;
}

/**
 * What makes two values of a field the same filter: a language's canonical tag, so that
 * `en-us` and `en-US` (pages write both) are one language; otherwise the value itself.
 */
export function sameValueKey(field: ListField, value: string): string {
  return field === 'languages' ? (canonicalLanguage(value) ?? value) : value;
}

/**
 * A facet's values as the sidebar shows them: labelled (`valueLabel`), and those that are
 * the same filter (`sameValueKey`) merged into one value, keyed by it, with their counts
 * added; `members` gives the stored values behind each key.
 */
export function facetEntries(
  field: ListField,
  values: readonly FacetValue[],
): { values: FacetValue[]; members: Map<string, string[]> } {
  const merged = new Map<string, FacetValue>();
  const members = new Map<string, string[]>();
  for (const v of values) {
    const key = sameValueKey(field, v.value);
    const seen = merged.get(key);
    if (seen) {
      seen.count += v.count;
      members.get(key)!.push(v.value);
    } else {
      merged.set(key, { ...v, value: key, label: valueLabel(field, v.value) });
      members.set(key, [v.value]);
    }
  }
  const out = [...merged.values()];
  // Merging can raise a value past others: keep the facet's order (most first).
  if (out.length < values.length) out.sort((a, b) => b.count - a.count);
  return { values: out, members };
}

/** Whether a (merged) facet value is chosen: any of the values it stands for. */
export function hasValue(filter: Filter, field: ListField, key: string): boolean {
  return filter[field].some((v) => sameValueKey(field, v) === key);
}

/** Chooses a (merged) facet value, all the stored values behind it, or lets it go. */
export function toggleEntry(filter: Filter, field: ListField, key: string, members: readonly string[]): Filter {
  if (hasValue(filter, field, key)) {
    return patchFilter(filter, { [field]: filter[field].filter((v) => sameValueKey(field, v) !== key) });
  }
  const values = members.length > 0 ? members : [key];
  return patchFilter(filter, { [field]: [...filter[field], ...values.filter((v) => !filter[field].includes(v))] });
}

/** The active filters as chips, in the sidebar's order. */
export function filterChips(filter: Filter, facets: Facets | null = null): Chip[] {
  const chips: Chip[] = [];
  for (const field of ['sites', 'sections', 'genres', 'languages', 'tags'] as const) {
    const seen = new Set<string>();
    for (const value of filter[field]) {
      const key = sameValueKey(field, value);
      if (seen.has(key)) continue;
      seen.add(key);
      chips.push({
        key: `${field}:${key}`,
        label: `${LIST_LABELS[field]}: ${valueLabel(field, value)}`,
        remove: (f) => patchFilter(f, { [field]: f[field].filter((v) => sameValueKey(field, v) !== key) }),
      });
    }
  }
  const year = chosenYear(filter);
  if (year) {
    chips.push({
      key: 'published-year',
      label: `Published in ${year}`,
      remove: (f) => patchFilter(f, { published_from: undefined, published_to: undefined }),
    });
  } else {
    dateChip(chips, filter, 'published_from', 'Published from');
    dateChip(chips, filter, 'published_to', 'Published until');
  }
  dateChip(chips, filter, 'captured_from', 'Captured from');
  dateChip(chips, filter, 'captured_to', 'Captured until');
  if (filter.has_photos !== undefined) {
    chips.push({
      key: 'has_photos',
      label: filter.has_photos ? 'With photos' : 'Without photos',
      remove: (f) => patchFilter(f, { has_photos: undefined }),
    });
  }
  if (filter.has_annotations !== undefined) {
    chips.push({
      key: 'has_annotations',
      label: filter.has_annotations ? 'With notes' : 'Without notes',
      remove: (f) => patchFilter(f, { has_annotations: undefined }),
    });
  }
  if (filter.collection !== undefined) {
    const id = String(filter.collection);
    const name = facets?.collections.find((c) => c.value === id)?.label ?? `#${id}`;
    chips.push({
      key: 'collection',
      label: `Collection: ${name}`,
      remove: (f) => patchFilter(f, { collection: undefined }),
    });
  }
  if (filter.credit) {
    chips.push({
      key: 'credit',
      label: `Credit: ${filter.credit}`,
      remove: (f) => patchFilter(f, { credit: undefined }),
    });
  }
  return chips;
}

function dateChip(chips: Chip[], filter: Filter, field: DateField, label: string): void {
  const value = filter[field];
  if (!value) return;
  chips.push({ key: field, label: `${label} ${value}`, remove: (f) => patchFilter(f, { [field]: undefined }) });
}
