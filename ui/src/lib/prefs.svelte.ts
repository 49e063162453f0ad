/**
 * The reader's preferences, kept in localStorage: theme (follow the system, light or dark),
 * text size and measure. The theme is applied to the whole window as `data-theme` on <html>.
 */

export type Theme = 'system' | 'light' | 'dark';

/** Reader text sizes in rem, smallest first; the default is index 2. */
export const TEXT_SIZES = [1, 1.1, 1.2, 1.3, 1.45, 1.6] as const;
/** Reader measures (line length) in ch. */
export const MEASURES = { narrow: 56, medium: 68, wide: 84 } as const;
export type Measure = keyof typeof MEASURES;

const KEY = 'cuttings.reader';

interface Stored {
  theme: Theme;
  size: number;
  measure: Measure;
}

const DEFAULTS: Stored = { theme: 'system', size: 2, measure: 'medium' };

function read(storage: Storage | null): Stored {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return { ...DEFAULTS };
    const v = JSON.parse(raw) as Partial<Stored>;
    return {
      theme: v.theme === 'light' || v.theme === 'dark' ? v.theme : 'system',
      size: Number.isInteger(v.size) && v.size! >= 0 && v.size! < TEXT_SIZES.length ? v.size! : DEFAULTS.size,
      measure: v.measure && v.measure in MEASURES ? v.measure : DEFAULTS.measure,
    };
  } catch {
    return { ...DEFAULTS };
  }
}

function storageOrNull(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export class ReaderPrefs {
  theme = $state<Theme>('system');
  size = $state(DEFAULTS.size);
  measure = $state<Measure>('medium');

  readonly fontSize = $derived(`${TEXT_SIZES[this.size] ?? 1.2}rem`);
  readonly maxWidth = $derived(`${MEASURES[this.measure]}ch`);

  #storage: Storage | null;

  constructor(storage: Storage | null = storageOrNull()) {
    this.#storage = storage;
    const v = read(storage);
    this.theme = v.theme;
    this.size = v.size;
    this.measure = v.measure;
    // Without storage (a reader in a test) the window's theme is not this object's to set.
    if (storage) this.#apply();
  }

  /** System → light → dark → system. */
  cycleTheme(): void {
    this.theme = this.theme === 'system' ? 'light' : this.theme === 'light' ? 'dark' : 'system';
    this.#save();
  }

  bigger(): void {
    this.size = Math.min(this.size + 1, TEXT_SIZES.length - 1);
    this.#save();
  }

  smaller(): void {
    this.size = Math.max(this.size - 1, 0);
    this.#save();
  }

  setMeasure(measure: Measure): void {
    this.measure = measure;
    this.#save();
  }

  #save(): void {
    try {
      this.#storage?.setItem(KEY, JSON.stringify({ theme: this.theme, size: this.size, measure: this.measure }));
    } catch {
      // Storage full or refused: the choice lasts for this session.
    }
    this.#apply();
  }

  #apply(): void {
    if (typeof document === 'undefined') return;
    const root = document.documentElement;
    if (this.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = this.theme;
  }
}
