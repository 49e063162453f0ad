/**
 * The list's query as data: toggling filter values, the active-filter chips, date bounds and
 * a stable key to compare queries. Pure; no DOM, no backend.
 */
import type { Facets, Filter, ListQuery, SortOrder } from '../api';

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

/** Adds `value` to a list field, or removes it when it is there. */
export function toggleValue(filter: Filter, field: ListField, value: string): Filter {
  const values = filter[field];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return patchFilter(filter, { [field]: next });
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

/** The active filters as chips, in the sidebar's order. */
export function filterChips(filter: Filter, facets: Facets | null = null): Chip[] {
  const chips: Chip[] = [];
  for (const field of ['sites', 'sections', 'genres', 'languages', 'tags'] as const) {
    for (const value of filter[field]) {
      chips.push({
        key: `${field}:${value}`,
        label: `${LIST_LABELS[field]}: ${value}`,
        remove: (f) => patchFilter(f, { [field]: f[field].filter((v) => v !== value) }),
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
