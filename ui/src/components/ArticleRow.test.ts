import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import { summary } from '../test/fixtures';
import ArticleRow from './ArticleRow.svelte';

function rowMeta(row: ReturnType<typeof summary>): HTMLElement {
  const { container } = render(ArticleRow, { row, selected: false, current: false, onClick: () => {} });
  return container.querySelector('.meta') as HTMLElement;
}

describe('ArticleRow', () => {
  it('dates a row by its publication date, not by a later update', () => {
    const meta = rowMeta({ ...summary(1), published: '2022-08-01', modified: '2022-08-03' });
    const date = meta.querySelector('.published') as HTMLElement;
    expect(date.title).toMatch(/^Published /);
    expect(date.textContent).not.toMatch(/Updated/);
  });

  it('dates a page that prints only its update by that, marked as an update', () => {
    const meta = rowMeta({ ...summary(1), published: null, modified: '2019-10-09T11:05:00+05:30' });
    const date = meta.querySelector('.published') as HTMLElement;
    expect(date.textContent).toMatch(/^Updated .*2019/);
    expect(date.title).toMatch(/no publication date/);
  });

  it('shows no date when the page gives none', () => {
    const meta = rowMeta({ ...summary(1), published: null, modified: null });
    expect(meta.querySelector('.published')).toBeNull();
  });
});
