/** The pure helpers behind finding: snippets, filter chips and toggles, the tag tree. */
import { describe, expect, it } from 'vitest';
import { emptyFilter, emptyQuery } from '../api';
import {
  facetEntries,
  filterChips,
  hasValue,
  isDateBound,
  isFiltered,
  patchFilter,
  queryKey,
  toggleEntry,
  toggleYear,
} from './query';
import { splitSnippet } from './snippet';
import { tagColour, tagTree, visibleTags } from './tags';

describe('splitSnippet', () => {
  it('splits on the private-use marks into plain and marked parts', () => {
    expect(splitSnippet('a \uE000b\uE001 c \uE000d\uE001')).toEqual([
      { text: 'a ', marked: false },
      { text: 'b', marked: true },
      { text: ' c ', marked: false },
      { text: 'd', marked: true },
    ]);
  });

  it('keeps markup as text and drops stray marks', () => {
    expect(splitSnippet('<b>x</b>\uE001 y')).toEqual([{ text: '<b>x</b> y', marked: false }]);
    expect(splitSnippet('\uE000open')).toEqual([{ text: 'open', marked: true }]);
  });
});

describe('query helpers', () => {
  it('toggles years, leaving out cleared fields', () => {
    let f = patchFilter(emptyFilter(), { sites: ['A', 'B'] });
    f = toggleYear(f, '2022');
    expect([f.published_from, f.published_to]).toEqual(['2022', '2022']);
    expect('published_from' in toggleYear(f, '2022')).toBe(false);
    expect(patchFilter(f, { credit: undefined })).not.toHaveProperty('credit');
  });

  it('names every active filter as a chip whose removal drops only it', () => {
    const f = { ...emptyFilter(), tags: ['Balkans/Kosovo'], has_photos: true, captured_from: '2024-05', credit: 'AP' };
    const chips = filterChips(f);
    expect(chips.map((c) => c.label)).toEqual(['Tag: Balkans/Kosovo', 'Captured from 2024-05', 'With photos', 'Credit: AP']);
    expect(chips[1]!.remove(f)).toEqual({ ...emptyFilter(), tags: ['Balkans/Kosovo'], has_photos: true, credit: 'AP' });
  });

  it('compares queries by content and checks date bounds', () => {
    const a = { ...emptyQuery(), filter: { ...emptyFilter(), has_photos: true, sites: [] } };
    const b = { ...emptyQuery(), filter: { sites: [], has_photos: true, tags: [], sections: [], genres: [], languages: [] } };
    expect(queryKey(a)).toBe(queryKey(b));
    expect(queryKey({ ...a, sort: 'title' }, { withSort: false })).toBe(queryKey(b, { withSort: false }));
    expect(isFiltered(emptyQuery())).toBe(false);
    expect(isFiltered({ ...emptyQuery(), search: 'x' })).toBe(true);
    expect(['2022', '2022-08', '2022-08-31'].every(isDateBound)).toBe(true);
    expect(['22', '2022-13', '2022/08'].some(isDateBound)).toBe(false);
  });
});

describe('facet values as the sidebar shows them', () => {
  const value = (v: string, count: number) => ({ value: v, label: v, count, colour: null });

  it('merges language tags written differently into one language, by name, counts added', () => {
    const { values, members } = facetEntries('languages', [value('fr', 9), value('en-US', 5), value('en-us', 3), value('en', 2)]);
    expect(values.map((v) => [v.value, v.label, v.count])).toEqual([
      ['fr', 'French', 9],
      ['en-US', 'American English', 8],
      ['en', 'English', 2],
    ]);
    expect(members.get('en-US')).toEqual(['en-US', 'en-us']);
  });

  it('chooses every stored value behind a merged language, and lets them all go', () => {
    const members = facetEntries('languages', [value('en-US', 5), value('en-us', 3)]).members;
    const chosen = toggleEntry(emptyFilter(), 'languages', 'en-US', members.get('en-US')!);
    expect(chosen.languages).toEqual(['en-US', 'en-us']);
    expect(hasValue(chosen, 'languages', 'en-US')).toBe(true);
    expect(filterChips(chosen).map((c) => c.label)).toEqual(['Language: American English']);
    expect(filterChips(chosen)[0]!.remove(chosen).languages).toEqual([]);
    expect(toggleEntry(chosen, 'languages', 'en-US', members.get('en-US')!).languages).toEqual([]);
  });

  it('reads section paths with arrows and keeps their stored value', () => {
    const { values } = facetEntries('sections', [value('News / World', 4)]);
    expect(values[0]).toMatchObject({ value: 'News / World', label: 'News › World', count: 4 });
    expect(filterChips(patchFilter(emptyFilter(), { sections: ['News / World'] }))[0]!.label).toBe('Section: News › World');
  });

  it('leaves what is not a language tag as it was written', () => {
    expect(facetEntries('languages', [value('not a tag!', 1)]).values[0]!.label).toBe('not a tag!');
  });
});

describe('tags', () => {
  it('builds a tree from paths, with parents that have no count of their own', () => {
    const tree = tagTree([
      { value: 'Balkans/Kosovo', count: 3 },
      { value: 'Climate', count: 5 },
      { value: 'Balkans/Serbia', count: 2 },
    ]);
    expect(visibleTags(tree, new Set()).map((n) => [n.path, n.depth, n.count])).toEqual([
      ['Balkans', 0, 3],
      ['Balkans/Kosovo', 1, 3],
      ['Balkans/Serbia', 1, 2],
      ['Climate', 0, 5],
    ]);
    expect(visibleTags(tree, new Set(['Balkans'])).map((n) => n.path)).toEqual(['Balkans', 'Climate']);
  });

  it('only lets #rrggbb through as a colour', () => {
    expect(tagColour('#c0392b')).toBe('#c0392b');
    expect(tagColour('red; background: url(x)')).toBe('var(--faint)');
    expect(tagColour(null)).toBe('var(--faint)');
  });
});
