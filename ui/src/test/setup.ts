/**
 * jsdom has no layout: give the virtual lists (virtua) a ResizeObserver that reports every
 * observed box as 800 px tall, so a viewport shows a screenful of rows in tests.
 */
class FakeResizeObserver implements ResizeObserver {
  #callback: ResizeObserverCallback;

  constructor(callback: ResizeObserverCallback) {
    this.#callback = callback;
  }

  observe(target: Element): void {
    const entry = {
      target,
      contentRect: { width: 1000, height: 800, top: 0, left: 0, bottom: 800, right: 1000, x: 0, y: 0 },
      borderBoxSize: [{ inlineSize: 1000, blockSize: 800 }],
      contentBoxSize: [{ inlineSize: 1000, blockSize: 800 }],
      devicePixelContentBoxSize: [],
    } as unknown as ResizeObserverEntry;
    queueMicrotask(() => this.#callback([entry], this));
  }

  unobserve(): void {}

  disconnect(): void {}
}

if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = FakeResizeObserver;
}

// virtua scrolls with element.scrollTo, which jsdom lacks (a real one fires `scroll`).
if (typeof Element.prototype.scrollTo !== 'function') {
  Element.prototype.scrollTo = function scrollTo(this: Element, options?: ScrollToOptions | number): void {
    if (typeof options === 'object' && options?.top !== undefined) this.scrollTop = options.top;
    this.dispatchEvent(new Event('scroll'));
  } as Element['scrollTo'];
}

// …and keeps its place with element.scrollBy when rows are added above (after End).
if (typeof Element.prototype.scrollBy !== 'function') {
  Element.prototype.scrollBy = function scrollBy(this: Element, options?: ScrollToOptions | number): void {
    if (typeof options === 'object' && options?.top !== undefined) this.scrollTop += options.top;
    this.dispatchEvent(new Event('scroll'));
  } as Element['scrollBy'];
}
